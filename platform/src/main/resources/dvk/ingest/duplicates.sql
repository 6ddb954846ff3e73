-- Possible duplicates across levels (docs/models.md): each new or changed registration of the batch against the
-- models of the same campaign, not withdrawn, in the row's unit, in a unit above it or below it, that the
-- uploader reads, with the model name similar by pg_trgm (the % operator at the threshold set_config gave
-- pg_trgm.similarity_threshold, through model_name_trigrams) and the registrant as similar. The units related to
-- each unit of the batch are found once per unit, not per row; pairs marked distinct are left out.
WITH batch_units AS (
    SELECT DISTINCT r.unit_id FROM ingest_resolved r
     WHERE NOT r.rejected AND (r.is_new OR r.changed) AND r.unit_id IS NOT NULL
), related AS (
    SELECT b.unit_id, o.id AS other_unit_id, o.code AS other_unit_code
      FROM batch_units b
      JOIN unit x ON x.province_id = :province AND x.id = b.unit_id
      JOIN unit o ON o.province_id = :province AND (o.path <@ x.path OR o.path @> x.path)
     WHERE {{scope}}
       -- a unit without models of the campaign (a district above its communes, the province) is not probed
       AND EXISTS (SELECT 1 FROM model e WHERE e.province_id = :province AND e.campaign_id = :campaign
                      AND e.unit_id = o.id AND e.withdrawn_at IS NULL)
)
-- one index probe per row and related unit (model_name_trigrams); OFFSET 0 keeps the planner from turning it
-- into a join of every row with every model of the unit, which compares all pairs
SELECT r.row_number, o.code, u.other_unit_code
  FROM ingest_resolved r
  JOIN related u ON u.unit_id = r.unit_id
 CROSS JOIN LATERAL (SELECT o.id, o.code, o.registrant_key
                       FROM model o
                      WHERE o.unit_id = u.other_unit_id AND o.model_key % r.model_key
                        AND o.province_id = :province AND o.campaign_id = :campaign AND o.withdrawn_at IS NULL
                     OFFSET 0) o
 WHERE NOT r.rejected AND (r.is_new OR r.changed)
   AND o.id <> r.target
   AND similarity(o.registrant_key, r.registrant_key) >= :threshold
   AND NOT EXISTS (SELECT 1 FROM model_distinct d
                    WHERE d.province_id = :province AND d.model_id = least(o.id, r.target)
                      AND d.other_id = greatest(o.id, r.target))
 ORDER BY r.row_number, o.code
