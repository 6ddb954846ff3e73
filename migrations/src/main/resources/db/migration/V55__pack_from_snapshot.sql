-- A pack may be made from a freeze ("chốt số liệu"): it prints the frozen figures and what changed after them.
ALTER TABLE pack ADD COLUMN snapshot_id bigint;
ALTER TABLE pack ADD FOREIGN KEY (province_id, snapshot_id) REFERENCES snapshot (province_id, id);
