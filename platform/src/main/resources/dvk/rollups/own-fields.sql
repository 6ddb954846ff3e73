-- Models by field of the nodes' own registrations, per period, with the counting rule of own.sql.
CREATE TEMP TABLE rollup_own_field ON COMMIT DROP AS
WITH period AS (
    SELECT id, last_day FROM campaign_period WHERE province_id = :province AND campaign_id = :campaign
), by_field AS (
    SELECT g.unit_id, g.registered_in, f.field_id, sum(g.models) AS models
      FROM rollup_own_models g
     CROSS JOIN LATERAL unnest(g.field_ids) AS f(field_id)
     WHERE g.counted
     GROUP BY g.unit_id, g.registered_in, f.field_id
)
SELECT b.unit_id, p.id AS period_id, b.field_id, sum(b.models) AS models
  FROM by_field b
  JOIN campaign_period rp ON rp.province_id = :province AND rp.id = b.registered_in
  JOIN period p ON rp.first_day <= p.last_day
 GROUP BY b.unit_id, p.id, b.field_id
