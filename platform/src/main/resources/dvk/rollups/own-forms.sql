-- The nodes' first and last receipt of each form, for every period, into the transaction's scratch table
-- rollup_own_form: tree-forms.sql rates the first against the due day, own.sql takes the last as a newest time.
-- Read node by node through the primary key (kind = ANY keeps it an index range), as own-models.sql does.
CREATE TEMP TABLE rollup_own_form ON COMMIT DROP AS
SELECT s.unit_id, s.period_id, s.kind, min(s.first_received_at) AS first_at, max(s.last_received_at) AS newest_at
  FROM rollup_nodes n
 CROSS JOIN campaign_period p
 CROSS JOIN LATERAL (SELECT s.unit_id, s.period_id, s.kind, s.first_received_at, s.last_received_at
                       FROM submission s
                      WHERE s.province_id = :province AND s.campaign_id = :campaign AND s.period_id = p.id
                        AND s.kind = ANY (:kinds) AND s.unit_id = n.unit_id
                     OFFSET 0) s
 WHERE p.province_id = :province AND p.campaign_id = :campaign
 GROUP BY s.unit_id, s.period_id, s.kind
