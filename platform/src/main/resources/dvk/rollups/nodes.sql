-- The units a batch touched and their ancestors, within the campaign's area (the labels of a unit's path are
-- the ids of its ancestors), into the transaction's scratch table rollup_nodes; in_commune as in nodes-all.sql.
INSERT INTO rollup_nodes (unit_id, parent_id, path, depth, level, type, valid_from, valid_to, in_commune)
SELECT u.id, u.parent_id, u.path, nlevel(u.path), u.level, u.type, u.valid_from, u.valid_to,
       EXISTS (SELECT 1 FROM unit a
                WHERE a.province_id = u.province_id AND a.level = 'commune'
                  AND a.id = ANY (string_to_array(u.path::text, '.')::bigint[]))
  FROM (SELECT DISTINCT label::bigint AS id
          FROM unit t CROSS JOIN LATERAL unnest(string_to_array(t.path::text, '.')) AS label
         WHERE t.province_id = :province AND t.id = ANY (:units)) ancestor
  JOIN unit u ON u.province_id = :province AND u.id = ancestor.id
 WHERE u.path <@ (SELECT i.path FROM campaign c JOIN unit i ON i.province_id = c.province_id AND i.id = c.issuer_unit_id
                   WHERE c.province_id = :province AND c.id = :campaign)
