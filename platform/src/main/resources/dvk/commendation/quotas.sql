-- The quotas of one period that the campaign still has, in the campaign's order.
SELECT q.id, q.period_id, q.review, q.awarding_body, q.registrant_type, q.count
  FROM commendation_quota q
  JOIN campaign_period p ON p.province_id = q.province_id AND p.id = q.period_id
 WHERE q.province_id = :province AND q.campaign_id = :campaign AND (CAST(:period AS bigint) IS NULL OR q.period_id = :period)
   AND EXISTS (SELECT 1 FROM campaign_quota cq
                WHERE cq.province_id = q.province_id AND cq.campaign_id = q.campaign_id AND cq.period_code = p.code
                  AND cq.awarding_body = q.awarding_body AND cq.registrant_type = q.registrant_type)
 ORDER BY (SELECT min(cq.position) FROM campaign_quota cq
            WHERE cq.province_id = q.province_id AND cq.campaign_id = q.campaign_id AND cq.period_code = p.code
              AND cq.awarding_body = q.awarding_body AND cq.registrant_type = q.registrant_type)
