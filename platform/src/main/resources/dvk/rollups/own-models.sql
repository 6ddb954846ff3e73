-- The nodes' registrations grouped by what the figures tell apart, into the transaction's scratch table
-- rollup_own_models: the model rows are read once, node by node through the identity index, for both own.sql
-- and own-fields.sql (OFFSET 0 keeps the planner from flattening the lookup, whatever the statistics say:
-- within a large batch they still describe the table before it).
CREATE TEMP TABLE rollup_own_models ON COMMIT DROP AS
SELECT m.unit_id, m.period_id AS registered_in, m.field_ids, m.registrant_type, m.status,
       m.withdrawn_at IS NULL AS counted, count(*) AS models, max(greatest(m.received_at, m.withdrawn_at)) AS newest_at
  FROM rollup_nodes n
 CROSS JOIN LATERAL (SELECT m.unit_id, m.period_id, m.field_ids, m.registrant_type, m.status, m.received_at,
                            m.withdrawn_at
                       FROM model m
                      WHERE m.province_id = :province AND m.campaign_id = :campaign AND m.unit_id = n.unit_id
                     OFFSET 0) m
 GROUP BY m.unit_id, m.period_id, m.field_ids, m.registrant_type, m.status, m.withdrawn_at IS NULL
