-- The figures of the nodes' own base rows (rollup_nodes: the units a refresh recomputes), for every period, into the
-- transaction's scratch table rollup_own. A model counts for a period when it is not withdrawn and its
-- registration period starts on or before the period's cut-off; results, indicators and submissions count for
-- exactly their own period. Registrations come grouped from own-models.sql; the other base tables are read
-- node by node through their index, as there.
CREATE TEMP TABLE rollup_own ON COMMIT DROP AS
WITH period AS (
    SELECT id, first_day, last_day FROM campaign_period WHERE province_id = :province AND campaign_id = :campaign
), registered AS (
    SELECT g.unit_id, g.registered_in,
           sum(g.models) FILTER (WHERE g.counted) AS models,
           sum(g.models) FILTER (WHERE g.counted AND g.registrant_type = 'collective') AS collective,
           sum(g.models) FILTER (WHERE g.counted AND g.registrant_type = 'individual') AS individual,
           sum(g.models) FILTER (WHERE g.counted AND g.status = 'new') AS status_new,
           sum(g.models) FILTER (WHERE g.counted AND g.status = 'continued') AS status_continued,
           sum(g.models) FILTER (WHERE g.counted AND g.status = 'replicated') AS status_replicated,
           max(g.newest_at) AS newest_at
      FROM rollup_own_models g
     GROUP BY g.unit_id, g.registered_in
), registered_by_period AS (
    SELECT g.unit_id, p.id AS period_id, sum(g.models) AS models, sum(g.collective) AS collective,
           sum(g.individual) AS individual, sum(g.status_new) AS status_new,
           sum(g.status_continued) AS status_continued, sum(g.status_replicated) AS status_replicated,
           max(g.newest_at) AS newest_at
      FROM registered g
      JOIN campaign_period rp ON rp.province_id = :province AND rp.id = g.registered_in
      JOIN period p ON rp.first_day <= p.last_day
     GROUP BY g.unit_id, p.id
), reviewed AS (
    -- a result's unit_id is its model's (a re-upload that moves the model moves its results)
    SELECT r.unit_id, r.period_id, count(*) AS reviewed,
           count(*) FILTER (WHERE r.rating = 'high') AS rating_high,
           count(*) FILTER (WHERE r.rating = 'good') AS rating_good,
           count(*) FILTER (WHERE r.rating = 'average') AS rating_average,
           count(*) FILTER (WHERE r.rating = 'poor') AS rating_poor,
           count(*) FILTER (WHERE r.rating = 'high' AND m.registrant_type = 'collective') AS high_collective,
           count(*) FILTER (WHERE r.rating = 'high' AND m.registrant_type = 'individual') AS high_individual,
           count(*) FILTER (WHERE r.rating = 'high' AND r.years_sustained >= 2
                              AND m.registrant_type = 'collective') AS sustained_collective,
           count(*) FILTER (WHERE r.rating = 'high' AND r.years_sustained >= 2
                              AND m.registrant_type = 'individual') AS sustained_individual,
           sum(r.households) AS households, sum(r.people) AS people, sum(r.funds_vnd) AS funds_vnd,
           sum(r.works) AS works, max(r.received_at) AS newest_at
      FROM rollup_nodes n
     CROSS JOIN period p
     CROSS JOIN LATERAL (SELECT r.unit_id, r.period_id, r.model_id, r.province_id, r.rating, r.years_sustained,
                                r.households, r.people, r.funds_vnd, r.works, r.received_at
                           FROM model_result r
                          WHERE r.province_id = :province AND r.campaign_id = :campaign AND r.period_id = p.id
                            AND r.unit_id = n.unit_id
                         OFFSET 0) r
      JOIN model m ON m.province_id = r.province_id AND m.id = r.model_id
      JOIN campaign_period rp ON rp.province_id = m.province_id AND rp.id = m.period_id
     WHERE m.withdrawn_at IS NULL AND rp.first_day <= p.last_day
     GROUP BY r.unit_id, r.period_id
), indicated AS (
    SELECT i.unit_id, i.period_id, sum(i.villages) AS villages, sum(i.villages_with_model) AS villages_with_model,
           coalesce(sum(i.satisfaction_pct), 0) AS satisfaction_sum, count(i.satisfaction_pct) AS satisfaction_units,
           sum(i.party_members_1plus10) AS party_members_1plus10, sum(i.households_1plus10) AS households_1plus10,
           max(i.received_at) AS newest_at
      FROM rollup_nodes n
     CROSS JOIN period p
     CROSS JOIN LATERAL (SELECT i.unit_id, i.period_id, i.villages, i.villages_with_model, i.satisfaction_pct,
                                i.party_members_1plus10, i.households_1plus10, i.received_at
                           FROM unit_indicator i
                          WHERE i.province_id = :province AND i.campaign_id = :campaign AND i.period_id = p.id
                            AND i.unit_id = n.unit_id
                         OFFSET 0) i
     GROUP BY i.unit_id, i.period_id
), submitted AS (
    SELECT s.unit_id, s.period_id,
           min(s.first_received_at) FILTER (WHERE s.kind = 'registrations') AS registrations_at,
           min(s.first_received_at) FILTER (WHERE s.kind = 'results') AS results_at,
           min(s.first_received_at) FILTER (WHERE s.kind = 'indicators') AS indicators_at,
           max(s.last_received_at) AS newest_at
      FROM rollup_nodes n
     CROSS JOIN period p
     CROSS JOIN LATERAL (SELECT s.unit_id, s.period_id, s.kind, s.first_received_at, s.last_received_at
                           FROM submission s
                          WHERE s.province_id = :province AND s.campaign_id = :campaign AND s.period_id = p.id
                            AND s.kind IN ('registrations', 'results', 'indicators') AND s.unit_id = n.unit_id
                         OFFSET 0) s
     GROUP BY s.unit_id, s.period_id
), keyed AS (
    SELECT unit_id, period_id FROM registered_by_period
    UNION SELECT unit_id, period_id FROM reviewed
    UNION SELECT unit_id, period_id FROM indicated
    UNION SELECT unit_id, period_id FROM submitted
)
SELECT k.unit_id, k.period_id,
       coalesce(g.models, 0) AS models, coalesce(g.collective, 0) AS collective,
       coalesce(g.individual, 0) AS individual, coalesce(g.status_new, 0) AS status_new,
       coalesce(g.status_continued, 0) AS status_continued, coalesce(g.status_replicated, 0) AS status_replicated,
       coalesce(r.reviewed, 0) AS reviewed, coalesce(r.rating_high, 0) AS rating_high,
       coalesce(r.rating_good, 0) AS rating_good, coalesce(r.rating_average, 0) AS rating_average,
       coalesce(r.rating_poor, 0) AS rating_poor, coalesce(r.high_collective, 0) AS high_collective,
       coalesce(r.high_individual, 0) AS high_individual, coalesce(r.sustained_collective, 0) AS sustained_collective,
       coalesce(r.sustained_individual, 0) AS sustained_individual, coalesce(r.households, 0) AS households,
       coalesce(r.people, 0) AS people, coalesce(r.funds_vnd, 0) AS funds_vnd, coalesce(r.works, 0) AS works,
       coalesce(i.villages, 0) AS villages, coalesce(i.villages_with_model, 0) AS villages_with_model,
       coalesce(i.satisfaction_sum, 0) AS satisfaction_sum, coalesce(i.satisfaction_units, 0) AS satisfaction_units,
       coalesce(i.party_members_1plus10, 0) AS party_members_1plus10,
       coalesce(i.households_1plus10, 0) AS households_1plus10,
       s.registrations_at, s.results_at, s.indicators_at,
       greatest(g.newest_at, r.newest_at, i.newest_at, s.newest_at) AS newest_at
  FROM keyed k
  LEFT JOIN registered_by_period g ON g.unit_id = k.unit_id AND g.period_id = k.period_id
  LEFT JOIN reviewed r ON r.unit_id = k.unit_id AND r.period_id = k.period_id
  LEFT JOIN indicated i ON i.unit_id = k.unit_id AND i.period_id = k.period_id
  LEFT JOIN submitted s ON s.unit_id = k.unit_id AND s.period_id = k.period_id
