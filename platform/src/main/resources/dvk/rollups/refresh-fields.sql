-- Models by field, per unit and period, with the same counting rule as refresh.sql.
WITH period AS (
    SELECT id, last_day FROM campaign_period WHERE province_id = :province AND campaign_id = :campaign
), by_field AS (
    SELECT m.unit_id, rp.first_day AS registered_from, f.field_id, count(*) AS models
      FROM model m
      JOIN campaign_period rp ON rp.province_id = m.province_id AND rp.id = m.period_id
     CROSS JOIN LATERAL unnest(m.field_ids) AS f(field_id)
     WHERE m.province_id = :province AND m.campaign_id = :campaign AND (:all OR m.unit_id = ANY(:units))
       AND m.withdrawn_at IS NULL
     GROUP BY m.unit_id, rp.first_day, f.field_id
)
INSERT INTO rollup_unit_field (province_id, campaign_id, unit_id, period_id, field_id, path, models)
SELECT :province, :campaign, b.unit_id, p.id, b.field_id, u.path, sum(b.models)
  FROM by_field b
  JOIN period p ON b.registered_from <= p.last_day
  JOIN unit u ON u.province_id = :province AND u.id = b.unit_id
 GROUP BY b.unit_id, p.id, b.field_id, u.path
