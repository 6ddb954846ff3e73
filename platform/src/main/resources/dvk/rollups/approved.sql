-- "Approved only" (count=approved), after slices.sql: the rollup_tree rows the reads of RollupSql take (the slices'
-- areas and their children), and for each of them and each form kind the rows whose sum is its approved part:
-- its own row when an approved report of that kind lies on its path (an approval covers the unit's subtree),
-- else the rows of the highest approved reports below it, which are disjoint. :own is the caller's own unit
-- when it sends reports (below the campaign's issuer), empty otherwise: a sender reads all of its own rows.
, keyed AS (
    SELECT DISTINCT province_id, campaign_id, period_id FROM sl
), approved AS (
    SELECT r.province_id, r.campaign_id, r.period_id, r.kind, u.path
      FROM keyed k
      JOIN report_state r ON r.province_id = k.province_id AND r.campaign_id = k.campaign_id
                         AND r.period_id = k.period_id AND r.state = 'approved'
      JOIN unit u ON u.province_id = r.province_id AND u.id = r.unit_id
    UNION
    SELECT k.province_id, k.campaign_id, k.period_id, kind, CAST(:own AS ltree)
      FROM keyed k CROSS JOIN unnest(CAST(:kinds AS text[])) AS kind
     WHERE CAST(:own AS text) <> ''
), highest AS (
    SELECT a.* FROM approved a
     WHERE NOT EXISTS (SELECT 1 FROM approved b
                        WHERE b.province_id = a.province_id AND b.campaign_id = a.campaign_id
                          AND b.period_id = a.period_id AND b.kind = a.kind
                          AND b.path @> a.path AND b.path <> a.path)
), wanted AS (
    SELECT t.* FROM sl JOIN rollup_tree t ON t.province_id = sl.province_id AND t.campaign_id = sl.campaign_id
                                         AND t.period_id = sl.period_id AND t.unit_id = sl.area_id
    UNION
    SELECT t.* FROM sl JOIN rollup_tree t ON t.province_id = sl.province_id AND t.campaign_id = sl.campaign_id
                                         AND t.period_id = sl.period_id AND t.parent_id = sl.area_id
), covering AS (
    SELECT w.province_id, w.campaign_id, w.period_id, w.unit_id AS wanted_id, h.kind,
           CASE WHEN w.path <@ h.path THEN w.unit_id ELSE ltree2text(subpath(h.path, -1))::bigint END AS unit_id
      FROM wanted w
      JOIN highest h ON h.province_id = w.province_id AND h.campaign_id = w.campaign_id
                    AND h.period_id = w.period_id AND (w.path <@ h.path OR h.path <@ w.path)
)
