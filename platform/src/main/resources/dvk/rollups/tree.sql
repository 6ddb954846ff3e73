-- The subtree rows of the nodes at one depth, for every period: each node's own figures (rollup_own) plus the
-- sums of its children's rows, which the previous step (one level deeper) wrote or which did not change.
-- Communes carry the submission status of their subtree: on time when its first receipt of a form came before
-- the end of the due day in Vietnam's time. The {{…}} lists come from the figure list (FigureSql): the children's
-- sums, each node's own_<key> and child_<key>, and each figure's subtree value.
WITH period AS (
    SELECT id, first_day, last_day,
           (due_registration + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS registrations_deadline,
           (due_results + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS results_deadline,
           (due_indicators + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS indicators_deadline
      FROM campaign_period WHERE province_id = :province AND campaign_id = :campaign
), node AS (
    SELECT * FROM rollup_nodes WHERE depth = :depth
), children AS (
    SELECT t.parent_id, t.period_id, {{children}},
           sum(t.registrations_expected) AS registrations_expected,
           sum(t.registrations_on_time) AS registrations_on_time, sum(t.registrations_late) AS registrations_late,
           sum(t.results_expected) AS results_expected, sum(t.results_on_time) AS results_on_time,
           sum(t.results_late) AS results_late, sum(t.indicators_expected) AS indicators_expected,
           sum(t.indicators_on_time) AS indicators_on_time, sum(t.indicators_late) AS indicators_late,
           min(t.registrations_at) AS registrations_at, min(t.results_at) AS results_at,
           min(t.indicators_at) AS indicators_at, max(t.newest_at) AS newest_at
      FROM node n
     CROSS JOIN LATERAL (SELECT * FROM rollup_tree t
                          WHERE t.province_id = :province AND t.campaign_id = :campaign
                            AND t.parent_id = n.unit_id AND t.parent_id IS NOT NULL
                         OFFSET 0) t
     GROUP BY t.parent_id, t.period_id
), summed AS (
    SELECT n.unit_id, n.parent_id, n.path, n.level, n.type, n.in_commune, p.id AS period_id,
           n.valid_from <= p.last_day AND (n.valid_to IS NULL OR n.valid_to >= p.first_day) AS in_force,
           n.level = 'commune' AND n.valid_from <= p.last_day AND (n.valid_to IS NULL OR n.valid_to >= p.first_day)
               AS expected,
           p.registrations_deadline, p.results_deadline, p.indicators_deadline,
           o.unit_id IS NOT NULL OR c.parent_id IS NOT NULL AS has_rows,
           {{summed}},
           c.registrations_expected AS child_registrations_expected,
           c.registrations_on_time AS child_registrations_on_time, c.registrations_late AS child_registrations_late,
           c.results_expected AS child_results_expected, c.results_on_time AS child_results_on_time,
           c.results_late AS child_results_late, c.indicators_expected AS child_indicators_expected,
           c.indicators_on_time AS child_indicators_on_time, c.indicators_late AS child_indicators_late,
           least(o.registrations_at, c.registrations_at) AS registrations_at,
           least(o.results_at, c.results_at) AS results_at,
           least(o.indicators_at, c.indicators_at) AS indicators_at,
           greatest(o.newest_at, c.newest_at) AS newest_at
      FROM node n
     CROSS JOIN period p
      LEFT JOIN rollup_own o ON o.unit_id = n.unit_id AND o.period_id = p.id
      LEFT JOIN children c ON c.parent_id = n.unit_id AND c.period_id = p.id
), rated AS (
    SELECT s.*,
           expected AND registrations_deadline IS NOT NULL AS registrations_due,
           expected AND results_deadline IS NOT NULL AS results_due,
           expected AND indicators_deadline IS NOT NULL AS indicators_due
      FROM summed s
     WHERE in_force OR has_rows
)
INSERT INTO rollup_tree (province_id, campaign_id, period_id, unit_id, parent_id, path, unit_level, unit_type,
        in_force, {{columns}},
        registrations_expected, registrations_on_time, registrations_late,
        results_expected, results_on_time, results_late, indicators_expected, indicators_on_time, indicators_late,
        registrations_at, results_at, indicators_at, behind, newest_at)
SELECT :province, :campaign, period_id, unit_id, parent_id, path, level, type,
       in_force, {{values}},
       CASE WHEN level = 'commune' THEN registrations_due::int ELSE coalesce(child_registrations_expected, 0) END,
       CASE WHEN level = 'commune' THEN (registrations_due AND registrations_at IS NOT NULL AND registrations_at < registrations_deadline)::int
            ELSE coalesce(child_registrations_on_time, 0) END,
       CASE WHEN level = 'commune' THEN (registrations_due AND registrations_at IS NOT NULL AND registrations_at >= registrations_deadline)::int
            ELSE coalesce(child_registrations_late, 0) END,
       CASE WHEN level = 'commune' THEN results_due::int ELSE coalesce(child_results_expected, 0) END,
       CASE WHEN level = 'commune' THEN (results_due AND results_at IS NOT NULL AND results_at < results_deadline)::int
            ELSE coalesce(child_results_on_time, 0) END,
       CASE WHEN level = 'commune' THEN (results_due AND results_at IS NOT NULL AND results_at >= results_deadline)::int
            ELSE coalesce(child_results_late, 0) END,
       CASE WHEN level = 'commune' THEN indicators_due::int ELSE coalesce(child_indicators_expected, 0) END,
       CASE WHEN level = 'commune' THEN (indicators_due AND indicators_at IS NOT NULL AND indicators_at < indicators_deadline)::int
            ELSE coalesce(child_indicators_on_time, 0) END,
       CASE WHEN level = 'commune' THEN (indicators_due AND indicators_at IS NOT NULL AND indicators_at >= indicators_deadline)::int
            ELSE coalesce(child_indicators_late, 0) END,
       registrations_at, results_at, indicators_at,
       registrations_due AND (registrations_at IS NULL OR registrations_at >= registrations_deadline)
           OR results_due AND (results_at IS NULL OR results_at >= results_deadline)
           OR indicators_due AND (indicators_at IS NULL OR indicators_at >= indicators_deadline),
       newest_at
  FROM rated
