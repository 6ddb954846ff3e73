-- The commendation candidates of the nodes' own models, for every period: high-rated results of counted models
-- (not withdrawn, registered in a period starting on or before the result's cut-off) with their rank keys; the
-- years sustained are the model life's (V62: across periods, campaigns and the 1/7/2025 lineage), not the typed.
INSERT INTO rollup_candidate (province_id, campaign_id, period_id, model_id, unit_id, path, registrant_type,
                              sustained, years_sustained, households, funds_vnd)
SELECT r.province_id, r.campaign_id, r.period_id, r.model_id, r.unit_id, n.path, m.registrant_type,
       y.years >= 2, y.years, r.households, r.funds_vnd
  FROM rollup_nodes n
 CROSS JOIN campaign_period p
 CROSS JOIN LATERAL (SELECT r.province_id, r.campaign_id, r.period_id, r.model_id, r.unit_id,
                            r.households, r.funds_vnd
                       FROM model_result r
                      WHERE r.province_id = :province AND r.campaign_id = :campaign AND r.period_id = p.id
                        AND r.unit_id = n.unit_id AND r.rating = 'high'
                     OFFSET 0) r
  JOIN model m ON m.province_id = r.province_id AND m.id = r.model_id
  JOIN campaign_period rp ON rp.province_id = m.province_id AND rp.id = m.period_id
 CROSS JOIN LATERAL (SELECT model_years_sustained(r.province_id, r.model_id, p.last_day) AS years) y
 WHERE p.province_id = :province AND p.campaign_id = :campaign
   AND m.withdrawn_at IS NULL AND rp.first_day <= p.last_day
