-- After slices.sql: the reports of the total slices' subtrees by state, one per (unit, form kind) with data or
-- an action in the period, as GET /api/campaigns/{id}/reports lists them ("draft": data, no action yet).
, reported AS (
    SELECT DISTINCT s.province_id, s.campaign_id, s.period_id, x.unit_id, x.kind
      FROM s
     CROSS JOIN LATERAL (SELECT b.unit_id, b.kind FROM submission b
                          WHERE b.province_id = s.province_id AND b.campaign_id = s.campaign_id
                            AND b.period_id = s.period_id
                         UNION
                         SELECT r.unit_id, r.kind FROM report_state r
                          WHERE r.province_id = s.province_id AND r.campaign_id = s.campaign_id
                            AND r.period_id = s.period_id) x
      JOIN unit u ON u.province_id = s.province_id AND u.id = x.unit_id AND u.path <@ s.area
)
SELECT coalesce(r.state, 'draft') AS state, count(*) AS reports
  FROM reported k
  LEFT JOIN report_state r ON r.province_id = k.province_id AND r.campaign_id = k.campaign_id
                          AND r.period_id = k.period_id AND r.kind = k.kind AND r.unit_id = k.unit_id
 GROUP BY 1
