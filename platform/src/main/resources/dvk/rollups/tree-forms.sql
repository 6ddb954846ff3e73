-- The submission rows of the nodes at one depth (after tree.sql wrote their rollup_tree rows), one per row and
-- form due in its period: a commune in force is expected to send the form, on time when its subtree's first
-- receipt came before the end of the due day in Vietnam's time; above communes the children's counts add up.
WITH due AS (
    SELECT d.period_id, d.kind, (d.due + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AS deadline
      FROM campaign_period p
      JOIN campaign_period_due d ON d.province_id = p.province_id AND d.period_id = p.id
     WHERE p.province_id = :province AND p.campaign_id = :campaign
), node AS (
    SELECT * FROM rollup_nodes WHERE depth = :depth
), children AS (
    SELECT f.parent_id, f.period_id, f.kind, sum(f.expected) AS expected, sum(f.on_time) AS on_time,
           sum(f.late) AS late, min(f.first_at) AS first_at
      FROM node n
     CROSS JOIN LATERAL (SELECT * FROM rollup_tree_form f
                          WHERE f.province_id = :province AND f.campaign_id = :campaign
                            AND f.parent_id = n.unit_id AND f.parent_id IS NOT NULL
                         OFFSET 0) f
     GROUP BY f.parent_id, f.period_id, f.kind
), rated AS (
    SELECT t.unit_id, t.parent_id, t.path, d.period_id, d.kind, d.deadline, t.unit_level = 'commune' AS commune,
           t.unit_level = 'commune' AND t.in_force AS expected, least(o.first_at, c.first_at) AS first_at,
           c.expected AS child_expected, c.on_time AS child_on_time, c.late AS child_late
      FROM node n
     CROSS JOIN due d
      JOIN rollup_tree t ON t.province_id = :province AND t.campaign_id = :campaign AND t.period_id = d.period_id
                        AND t.unit_id = n.unit_id
      LEFT JOIN rollup_own_form o ON o.unit_id = n.unit_id AND o.period_id = d.period_id AND o.kind = d.kind
      LEFT JOIN children c ON c.parent_id = n.unit_id AND c.period_id = d.period_id AND c.kind = d.kind
)
INSERT INTO rollup_tree_form (province_id, campaign_id, period_id, unit_id, kind, parent_id, path, expected, on_time,
                              late, first_at, behind)
SELECT :province, :campaign, period_id, unit_id, kind, parent_id, path,
       CASE WHEN commune THEN expected::int ELSE coalesce(child_expected, 0) END,
       CASE WHEN commune THEN (expected AND first_at IS NOT NULL AND first_at < deadline)::int
            ELSE coalesce(child_on_time, 0) END,
       CASE WHEN commune THEN (expected AND first_at IS NOT NULL AND first_at >= deadline)::int
            ELSE coalesce(child_late, 0) END,
       first_at,
       expected AND (first_at IS NULL OR first_at >= deadline)
  FROM rated
