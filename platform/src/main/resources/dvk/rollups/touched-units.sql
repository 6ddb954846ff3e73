-- The units whose rows a batch inserted, changed or withdrew, the unit a changed registration had before (a
-- re-upload by model code may move it), the uploader's own unit, and the units whose submission record was
-- received since the batch (submission rows carry no batch id).
SELECT coalesce(array_agg(DISTINCT unit_id), '{}') FROM (
    SELECT unit_id FROM model WHERE province_id = :province AND batch_id = :batch
    UNION ALL SELECT v.unit_id FROM model m
                JOIN model_version v ON v.province_id = m.province_id AND v.model_id = m.id AND v.version = m.version - 1
               WHERE m.province_id = :province AND m.batch_id = :batch AND m.version > 1
    UNION ALL SELECT unit_id FROM model WHERE province_id = :province AND withdrawn_batch_id = :batch
    UNION ALL SELECT unit_id FROM model_result WHERE province_id = :province AND batch_id = :batch
    UNION ALL SELECT unit_id FROM unit_indicator WHERE province_id = :province AND batch_id = :batch
    UNION ALL SELECT unit_id FROM batch WHERE province_id = :province AND id = :batch
    UNION ALL SELECT s.unit_id FROM submission s
                JOIN batch b ON b.province_id = s.province_id AND b.id = :batch AND b.campaign_id = s.campaign_id
               WHERE s.province_id = :province AND s.last_received_at >= b.received_at
) touched
