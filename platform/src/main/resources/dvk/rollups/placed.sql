-- The units of a campaign's area (one structure) whose figures count, re-based, in the subtree of a unit of
-- another structure: every unit that went wholly into a unit of the subtree, and every split unit whose
-- default placement (unit_succession.placed) lies there. Each row names its area within the campaign's area,
-- the child of the re-based unit it lands in (null when it lands on the unit itself), and, for a split unit,
-- its own models in the period, which the rollup reports as placed by the default rule.
WITH placed AS (
    SELECT o.province_id AS old_province, o.id AS old_id, o.code AS old_code, o.name AS old_name,
           o.level AS old_level, o.type AS old_type,
           CASE WHEN o.path @> :campaignPath::ltree THEN :campaignPath ELSE o.path::text END AS area,
           CASE WHEN nlevel(n.path) > :depth THEN ltree2text(subpath(n.path, :depth, 1))::bigint END AS child_id,
           s.coverage = 'partial' AS by_default
      FROM unit n
      JOIN unit_succession s ON s.successor_province_id = n.province_id AND s.successor_id = n.id AND s.placed
      JOIN unit o ON o.province_id = s.predecessor_province_id AND o.id = s.predecessor_id
     WHERE n.province_id = :unitProvince AND n.path <@ :unitPath::ltree
       AND n.valid_from <= :basis AND (n.valid_to IS NULL OR n.valid_to >= :basis)
       AND o.province_id = :campaignProvince
       AND (o.path <@ :campaignPath::ltree OR o.path @> :campaignPath::ltree)
)
SELECT p.*, c.code AS child_code, c.name AS child_name, c.level AS child_level, c.type AS child_type,
       CASE WHEN p.by_default THEN coalesce(t.models, 0) ELSE 0 END AS default_models
  FROM placed p
  LEFT JOIN unit c ON c.province_id = :unitProvince AND c.id = p.child_id
  LEFT JOIN rollup_tree t ON t.province_id = p.old_province AND t.campaign_id = :campaign
                         AND t.period_id = :period AND t.unit_id = p.old_id
 ORDER BY c.code NULLS FIRST, p.old_code
