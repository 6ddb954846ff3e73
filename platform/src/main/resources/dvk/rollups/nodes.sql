-- The units a refresh recomputes, into the transaction's scratch table rollup_nodes: every unit of the
-- campaign's area when :all, else the units a batch touched and their ancestors within the area (the labels
-- of a unit's path are the ids of its ancestors). in_commune: the unit is a commune or lies below one, so its
-- subtree counts as its commune's for "communes with a model".
CREATE TEMP TABLE rollup_nodes ON COMMIT DROP AS
SELECT u.id AS unit_id, u.parent_id, u.path, nlevel(u.path) AS depth, u.level, u.type, u.valid_from, u.valid_to,
       EXISTS (SELECT 1 FROM unit a
                WHERE a.province_id = u.province_id AND a.level = 'commune'
                  AND a.id = ANY (string_to_array(u.path::text, '.')::bigint[])) AS in_commune
  FROM unit u
 WHERE u.province_id = :province
   AND u.path <@ (SELECT i.path FROM campaign c JOIN unit i ON i.province_id = c.province_id AND i.id = c.issuer_unit_id
                   WHERE c.province_id = :province AND c.id = :campaign)
   AND (:all OR u.id IN (SELECT label::bigint
                           FROM unit t CROSS JOIN LATERAL unnest(string_to_array(t.path::text, '.')) AS label
                          WHERE t.province_id = :province AND t.id = ANY(:units)))
