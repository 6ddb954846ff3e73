-- A freeze also keeps the annex as the pack prints it (the Mẫu M2 registration lines, every text column, by
-- unit): a pack made from the freeze prints these rows, not the current ones. Older freezes have no such part.
ALTER TABLE snapshot_part DROP CONSTRAINT snapshot_part_kind_check;
ALTER TABLE snapshot_part ADD CONSTRAINT snapshot_part_kind_check
    CHECK (kind IN ('rollup', 'annex', 'registrations'));
