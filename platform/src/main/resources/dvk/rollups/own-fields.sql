-- Models by field of the nodes' own registrations, per period, with the counting rule of own.sql.
CREATE TEMP TABLE rollup_own_field ON COMMIT DROP AS
WITH period AS (
    SELECT id, last_day FROM campaign_period WHERE province_id = :province AND campaign_id = :campaign
), by_field AS (
    SELECT m.unit_id, rp.first_day AS registered_from, f.field_id, count(*) AS models
      FROM model m
      JOIN campaign_period rp ON rp.province_id = m.province_id AND rp.id = m.period_id
     CROSS JOIN LATERAL unnest(m.field_ids) AS f(field_id)
     WHERE m.province_id = :province AND m.campaign_id = :campaign
       AND m.unit_id IN (SELECT unit_id FROM rollup_nodes) AND m.withdrawn_at IS NULL
     GROUP BY m.unit_id, rp.first_day, f.field_id
)
SELECT b.unit_id, p.id AS period_id, b.field_id, sum(b.models) AS models
  FROM by_field b JOIN period p ON b.registered_from <= p.last_day
 GROUP BY b.unit_id, p.id, b.field_id
