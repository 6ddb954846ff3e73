-- The commendation candidates of the nodes' own models, for every period: high-rated results of counted models
-- (not withdrawn, registered in a period starting on or before the result's cut-off) with their rank keys.
INSERT INTO rollup_candidate (province_id, campaign_id, period_id, model_id, unit_id, path, registrant_type,
                              sustained, years_sustained, households, funds_vnd)
SELECT r.province_id, r.campaign_id, r.period_id, r.model_id, m.unit_id, n.path, m.registrant_type,
       r.years_sustained >= 2, r.years_sustained, r.households, r.funds_vnd
  FROM model_result r
  JOIN campaign_period p ON p.province_id = r.province_id AND p.id = r.period_id
  JOIN model m ON m.province_id = r.province_id AND m.id = r.model_id
  JOIN campaign_period rp ON rp.province_id = m.province_id AND rp.id = m.period_id
  JOIN rollup_nodes n ON n.unit_id = m.unit_id
 WHERE r.province_id = :province AND r.campaign_id = :campaign AND r.rating = 'high'
   AND m.withdrawn_at IS NULL AND rp.first_day <= p.last_day
