-- The current version of a registration, result or indicator lives in its own row (with the file row it came
-- from); the *_version tables keep only the versions it replaced, copied there when a batch changes or
-- withdraws it. A first upload, the bulk of every batch, so writes each row once instead of twice. The history
-- of a row is its earlier versions followed by the row itself.
ALTER TABLE model ADD COLUMN row_number int;
ALTER TABLE model_result ADD COLUMN row_number int;
ALTER TABLE unit_indicator ADD COLUMN row_number int;

-- the unit a registration had in each version: a re-upload by model code may move it to another unit
ALTER TABLE model_version ADD COLUMN unit_id bigint;
UPDATE model_version v SET unit_id = m.unit_id FROM model m WHERE m.province_id = v.province_id AND m.id = v.model_id;
ALTER TABLE model_version ALTER COLUMN unit_id SET NOT NULL;

UPDATE model m SET row_number = v.row_number
  FROM model_version v
 WHERE v.province_id = m.province_id AND v.model_id = m.id AND v.version = m.version;
DELETE FROM model_version v
 USING model m
 WHERE v.province_id = m.province_id AND v.model_id = m.id AND v.version = m.version;

UPDATE model_result r SET row_number = v.row_number
  FROM model_result_version v
 WHERE v.province_id = r.province_id AND v.model_id = r.model_id AND v.period_id = r.period_id
   AND v.version = r.version;
DELETE FROM model_result_version v
 USING model_result r
 WHERE v.province_id = r.province_id AND v.model_id = r.model_id AND v.period_id = r.period_id
   AND v.version = r.version;

UPDATE unit_indicator i SET row_number = v.row_number
  FROM unit_indicator_version v
 WHERE v.province_id = i.province_id AND v.campaign_id = i.campaign_id AND v.period_id = i.period_id
   AND v.unit_id = i.unit_id AND v.version = i.version;
DELETE FROM unit_indicator_version v
 USING unit_indicator i
 WHERE v.province_id = i.province_id AND v.campaign_id = i.campaign_id AND v.period_id = i.period_id
   AND v.unit_id = i.unit_id AND v.version = i.version;

-- model_identity starts with the same three columns
DROP INDEX model_campaign_unit;
