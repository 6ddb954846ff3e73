-- The units whose rows a batch inserted, changed or withdrew, the uploader's own unit, and the units whose
-- submission record was received since the batch (submission rows carry no batch id).
SELECT coalesce(array_agg(DISTINCT unit_id), '{}') FROM (
    SELECT unit_id FROM model WHERE province_id = :province AND batch_id = :batch
    UNION ALL SELECT unit_id FROM model WHERE province_id = :province AND withdrawn_batch_id = :batch
    UNION ALL SELECT unit_id FROM model_result WHERE province_id = :province AND batch_id = :batch
    UNION ALL SELECT unit_id FROM unit_indicator WHERE province_id = :province AND batch_id = :batch
    UNION ALL SELECT unit_id FROM batch WHERE province_id = :province AND id = :batch
    UNION ALL SELECT s.unit_id FROM submission s
                JOIN batch b ON b.province_id = s.province_id AND b.id = :batch AND b.campaign_id = s.campaign_id
               WHERE s.province_id = :province AND s.last_received_at >= b.received_at
) touched
