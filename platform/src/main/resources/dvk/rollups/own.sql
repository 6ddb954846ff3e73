-- The figures of the nodes' own base rows (rollup_nodes: the units a refresh recomputes), for every period, into the
-- transaction's scratch table rollup_own. A model counts for a period when it is not withdrawn and its
-- registration period starts on or before the period's cut-off; results, indicators and submissions count for
-- exactly their own period. Registrations come grouped from own-models.sql, submissions from own-forms.sql; the
-- other base tables are read
-- node by node through their index, as there. The {{…}} lists come from the figure list (FigureSql): each
-- figure's aggregate over its source's rows.
CREATE TEMP TABLE rollup_own ON COMMIT DROP AS
WITH period AS (
    SELECT id, first_day, last_day FROM campaign_period WHERE province_id = :province AND campaign_id = :campaign
), registered AS (
    SELECT g.unit_id, g.registered_in, {{registrations}}, max(g.newest_at) AS newest_at
      FROM rollup_own_models g
     GROUP BY g.unit_id, g.registered_in
), registered_by_period AS (
    SELECT g.unit_id, p.id AS period_id, {{registrations.sum}}, max(g.newest_at) AS newest_at
      FROM registered g
      JOIN campaign_period rp ON rp.province_id = :province AND rp.id = g.registered_in
      JOIN period p ON rp.first_day <= p.last_day
     GROUP BY g.unit_id, p.id
), reviewed AS (
    -- a result's unit_id is its model's (a re-upload that moves the model moves its results)
    SELECT r.unit_id, r.period_id, {{results}}, max(r.received_at) AS newest_at
      FROM rollup_nodes n
     CROSS JOIN period p
     CROSS JOIN LATERAL (SELECT r.*
                           FROM model_result r
                          WHERE r.province_id = :province AND r.campaign_id = :campaign AND r.period_id = p.id
                            AND r.unit_id = n.unit_id
                         OFFSET 0) r
      JOIN model m ON m.province_id = r.province_id AND m.id = r.model_id
      JOIN campaign_period rp ON rp.province_id = m.province_id AND rp.id = m.period_id
     WHERE m.withdrawn_at IS NULL AND rp.first_day <= p.last_day
     GROUP BY r.unit_id, r.period_id
), indicated AS (
    SELECT i.unit_id, i.period_id, {{indicators}}, max(i.received_at) AS newest_at
      FROM rollup_nodes n
     CROSS JOIN period p
     CROSS JOIN LATERAL (SELECT i.*
                           FROM unit_indicator i
                          WHERE i.province_id = :province AND i.campaign_id = :campaign AND i.period_id = p.id
                            AND i.unit_id = n.unit_id
                         OFFSET 0) i
     GROUP BY i.unit_id, i.period_id
), submitted AS (
    SELECT f.unit_id, f.period_id, max(f.newest_at) AS newest_at FROM rollup_own_form f GROUP BY f.unit_id, f.period_id
), keyed AS (
    SELECT unit_id, period_id FROM registered_by_period
    UNION SELECT unit_id, period_id FROM reviewed
    UNION SELECT unit_id, period_id FROM indicated
    UNION SELECT unit_id, period_id FROM submitted
)
SELECT k.unit_id, k.period_id, {{own}},
       greatest(g.newest_at, r.newest_at, i.newest_at, s.newest_at) AS newest_at
  FROM keyed k
  LEFT JOIN registered_by_period g ON g.unit_id = k.unit_id AND g.period_id = k.period_id
  LEFT JOIN reviewed r ON r.unit_id = k.unit_id AND r.period_id = k.period_id
  LEFT JOIN indicated i ON i.unit_id = k.unit_id AND i.period_id = k.period_id
  LEFT JOIN submitted s ON s.unit_id = k.unit_id AND s.period_id = k.period_id
