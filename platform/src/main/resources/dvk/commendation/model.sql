-- A model of the campaign by its code, in the caller's scope, that has a result for the period.
SELECT m.id, m.registrant_type, m.model_name, u.path::text AS path
  FROM model m
  JOIN unit u ON u.province_id = m.province_id AND u.id = m.unit_id
 WHERE m.province_id = :province AND m.campaign_id = :campaign AND m.code = :code AND m.withdrawn_at IS NULL
   AND EXISTS (SELECT 1 FROM model_result r
                WHERE r.province_id = m.province_id AND r.model_id = m.id AND r.period_id = :period)
   AND {reads}
