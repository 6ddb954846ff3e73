-- Each listed unit's ledger of each quota: what it holds (the quota for the issuer, else its allocation), its own
-- proposals not declined and those approved, and what remains once its children's shares and its proposals are
-- taken out. Units outside the caller's scope are not listed.
SELECT q.id AS quota_id, x.id AS unit_id, x.code, x.name,
       commendation_held(q.province_id, q.id, x.id) AS allocated,
       (SELECT count(*) FROM commendation_proposal p
         WHERE p.province_id = q.province_id AND p.quota_id = q.id AND p.unit_id = x.id
           AND p.state <> 'declined') AS proposed,
       (SELECT count(*) FROM commendation_proposal p
         WHERE p.province_id = q.province_id AND p.quota_id = q.id AND p.unit_id = x.id
           AND p.state = 'approved') AS decided,
       commendation_held(q.province_id, q.id, x.id) - commendation_used(q.province_id, q.id, x.id) AS remaining
  FROM commendation_quota q
  JOIN unit x ON x.province_id = q.province_id AND x.id = ANY(:units)
 WHERE q.province_id = :province AND q.id = ANY(:quotas)
   AND {reads}
 ORDER BY q.id, x.id <> :first, x.code
