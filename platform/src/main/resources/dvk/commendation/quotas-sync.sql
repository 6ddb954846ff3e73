-- The campaign's quotas of each period as commendation_quota rows: new ones inserted, changed counts and review
-- names updated (only rows that differ, so an unchanged campaign locks nothing).
WITH current AS (
    SELECT cq.province_id, cq.campaign_id, p.id AS period_id, min(cq.review) AS review, cq.awarding_body,
           cq.registrant_type, sum(cq.count)::int AS count
      FROM campaign_quota cq
      JOIN campaign_period p ON p.province_id = cq.province_id AND p.campaign_id = cq.campaign_id
                            AND p.code = cq.period_code
     WHERE cq.province_id = :province AND cq.campaign_id = :campaign
     GROUP BY cq.province_id, cq.campaign_id, p.id, cq.awarding_body, cq.registrant_type
), inserted AS (
    INSERT INTO commendation_quota (province_id, campaign_id, period_id, review, awarding_body, registrant_type, count)
    SELECT province_id, campaign_id, period_id, review, awarding_body, registrant_type, count FROM current
    ON CONFLICT (province_id, campaign_id, period_id, awarding_body, registrant_type) DO NOTHING
    RETURNING id
)
UPDATE commendation_quota q
   SET review = c.review, count = c.count
  FROM current c
 WHERE q.province_id = c.province_id AND q.campaign_id = c.campaign_id AND q.period_id = c.period_id
   AND q.awarding_body = c.awarding_body AND q.registrant_type = c.registrant_type
   AND (q.review, q.count) IS DISTINCT FROM (c.review, c.count)
