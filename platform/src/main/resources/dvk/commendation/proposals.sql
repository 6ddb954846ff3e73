-- The proposals of a campaign period about models of a subtree, as the caller may read them (the model's unit).
SELECT p.id, p.quota_id, q.awarding_body, q.registrant_type, q.review, m.code AS model_code, m.model_name,
       m.registrant_name, u.code AS unit_code, u.name AS unit_name, pu.code AS proposer_code,
       pu.name AS proposer_name, p.reason, p.state, pb.username AS proposed_by, p.proposed_at,
       p.decision_number, p.decision_date, p.signer, db.username AS decided_by, p.decided_at
  FROM commendation_proposal p
  JOIN commendation_quota q ON q.province_id = p.province_id AND q.id = p.quota_id
  JOIN model m ON m.province_id = p.province_id AND m.id = p.model_id
  JOIN unit u ON u.province_id = m.province_id AND u.id = m.unit_id
  JOIN unit pu ON pu.province_id = p.province_id AND pu.id = p.unit_id
  JOIN app_user pb ON pb.id = p.proposed_by
  LEFT JOIN app_user db ON db.id = p.decided_by
 WHERE p.province_id = :province AND p.campaign_id = :campaign
   AND (CAST(:period AS bigint) IS NULL OR p.period_id = :period)
   AND (CAST(:proposal AS bigint) IS NULL OR p.id = :proposal)
   AND u.path <@ CAST(:under AS ltree)
   AND {reads}
 ORDER BY p.id
