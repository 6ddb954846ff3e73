-- Every unit of the campaign's area, into the transaction's scratch table rollup_nodes: a whole rebuild.
-- in_commune: the unit is a commune or lies below one, so its subtree counts as its commune's for "communes
-- with a model".
INSERT INTO rollup_nodes (unit_id, parent_id, path, depth, level, type, valid_from, valid_to, in_commune)
SELECT u.id, u.parent_id, u.path, nlevel(u.path), u.level, u.type, u.valid_from, u.valid_to,
       EXISTS (SELECT 1 FROM unit a
                WHERE a.province_id = u.province_id AND a.level = 'commune'
                  AND a.id = ANY (string_to_array(u.path::text, '.')::bigint[]))
  FROM unit u
 WHERE u.province_id = :province
   AND u.path <@ (SELECT i.path FROM campaign c JOIN unit i ON i.province_id = c.province_id AND i.id = c.issuer_unit_id
                   WHERE c.province_id = :province AND c.id = :campaign)
