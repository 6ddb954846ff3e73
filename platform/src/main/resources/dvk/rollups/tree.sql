-- The subtree rows of the nodes at one depth, for every period: each node's own figures (rollup_own) plus the
-- sums of its children's rows, which the previous step (one level deeper) wrote or which did not change.
-- The submission status is tree-forms.sql's, in rollup_tree_form. The {{…}} lists come from the figure list
-- (FigureSql): the children's sums, each node's own_<key> and child_<key>, and each figure's subtree value.
WITH period AS (
    SELECT id, first_day, last_day FROM campaign_period WHERE province_id = :province AND campaign_id = :campaign
), node AS (
    SELECT * FROM rollup_nodes WHERE depth = :depth
), children AS (
    SELECT t.parent_id, t.period_id, {{children}},
           max(t.newest_at) AS newest_at
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
           o.unit_id IS NOT NULL OR c.parent_id IS NOT NULL AS has_rows,
           {{summed}},
           greatest(o.newest_at, c.newest_at) AS newest_at
      FROM node n
     CROSS JOIN period p
      LEFT JOIN rollup_own o ON o.unit_id = n.unit_id AND o.period_id = p.id
      LEFT JOIN children c ON c.parent_id = n.unit_id AND c.period_id = p.id
)
INSERT INTO rollup_tree (province_id, campaign_id, period_id, unit_id, parent_id, path, unit_level, unit_type,
        in_force, {{columns}}, newest_at)
SELECT :province, :campaign, period_id, unit_id, parent_id, path, level, type,
       in_force, {{values}}, newest_at
  FROM summed
 WHERE in_force OR has_rows
