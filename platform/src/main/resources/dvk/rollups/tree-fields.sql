-- Models by field in the subtree rows of the nodes at one depth: own counts plus the children's.
WITH node AS (
    SELECT unit_id, parent_id FROM rollup_nodes WHERE depth = :depth
), counts AS (
    SELECT o.unit_id, o.period_id, o.field_id, o.models FROM rollup_own_field o
     WHERE o.unit_id IN (SELECT unit_id FROM node)
    UNION ALL
    SELECT t.parent_id, t.period_id, t.field_id, t.models
      FROM node n
     CROSS JOIN LATERAL (SELECT * FROM rollup_tree_field t
                          WHERE t.province_id = :province AND t.campaign_id = :campaign
                            AND t.parent_id = n.unit_id AND t.parent_id IS NOT NULL
                         OFFSET 0) t
)
INSERT INTO rollup_tree_field (province_id, campaign_id, period_id, unit_id, field_id, parent_id, models)
SELECT :province, :campaign, c.period_id, c.unit_id, c.field_id, n.parent_id, sum(c.models)
  FROM counts c JOIN node n ON n.unit_id = c.unit_id
 GROUP BY c.period_id, c.unit_id, c.field_id, n.parent_id
