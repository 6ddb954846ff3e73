-- The official lineage as links between unit rows: which old unit went into which new one, from which day,
-- wholly ('full') or as part of a split ('partial'). unit_mapping keeps the list as published (codes and
-- names); this table resolves each code to the unit in force on either side of the change, so lookups and
-- joins go by id.
CREATE TABLE unit_succession (
    successor_province_id   bigint NOT NULL,
    successor_id            bigint NOT NULL,
    predecessor_province_id bigint NOT NULL,
    predecessor_id          bigint NOT NULL,
    effective_on            date   NOT NULL,   -- the successor's first day
    coverage                text   NOT NULL CHECK (coverage IN ('full', 'partial')),
    -- where the predecessor's rows are counted when figures are re-based onto the new structure: always for a
    -- whole unit; for a split unit, the one successor of the lowest code (the documented default rule)
    placed                  boolean NOT NULL,
    evidence                text,
    PRIMARY KEY (successor_province_id, successor_id, predecessor_id),
    FOREIGN KEY (successor_province_id, successor_id) REFERENCES unit (province_id, id),
    FOREIGN KEY (predecessor_province_id, predecessor_id) REFERENCES unit (province_id, id)
);
CREATE INDEX unit_succession_predecessor ON unit_succession (predecessor_province_id, predecessor_id);
CREATE UNIQUE INDEX unit_succession_one_placement ON unit_succession (predecessor_province_id, predecessor_id)
    WHERE placed;

-- Called after the unit lists and the mapping are loaded; a no-op when the links are already there.
CREATE FUNCTION link_unit_succession() RETURNS bigint LANGUAGE sql AS $$
    WITH linked AS (
        INSERT INTO unit_succession (successor_province_id, successor_id, predecessor_province_id, predecessor_id,
                                     effective_on, coverage, placed, evidence)
        SELECT n.province_id, n.id, o.province_id, o.id, n.valid_from, m.coverage,
               m.coverage = 'full' OR n.code = min(n.code) OVER (PARTITION BY o.id), nullif(m.evidence, '')
          FROM unit_mapping m
          JOIN unit n ON n.code = m.new_code AND n.level = m.new_level
          JOIN unit o ON o.code = m.old_code AND o.level = m.old_level AND o.valid_to = n.valid_from - 1
        ON CONFLICT DO NOTHING
        RETURNING 1
    )
    SELECT count(*) FROM linked
$$;

SELECT link_unit_succession();

-- The one scope rule. A reader's scope is a list of subtrees: their own unit's, plus the subtrees of the
-- units that went wholly into it on a reform (a successor reads its predecessors' history); null for an
-- administrator. A unit is in scope when one of those subtrees holds it.
CREATE FUNCTION in_scope(path ltree, scope ltree[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT scope IS NULL OR path <@ scope $$;

-- A campaign is visible from a scope that holds its issuer or lies below it (the campaign applies there).
CREATE FUNCTION in_scope_or_above(path ltree, scope ltree[]) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT scope IS NULL OR path <@ scope OR path @> scope $$;

-- The subtrees a user of the unit inherits: those of every unit whose rows are placed in the unit or in a unit
-- below it (a unit that went wholly into it, or a split unit placed there: the re-based rollups count its rows
-- there, so its users read them), without the ones another inherited subtree already holds.
CREATE FUNCTION inherited_scope(home_province bigint, home_id bigint) RETURNS ltree[]
    LANGUAGE sql STABLE
    AS $$
    WITH home AS (
        SELECT path FROM unit WHERE province_id = home_province AND id = home_id
    ), inherited AS (
        SELECT DISTINCT o.path
          FROM home h
          JOIN unit n ON n.province_id = home_province AND n.path <@ h.path
          JOIN unit_succession s ON s.successor_province_id = n.province_id AND s.successor_id = n.id AND s.placed
          JOIN unit o ON o.province_id = s.predecessor_province_id AND o.id = s.predecessor_id
    )
    SELECT coalesce(array_agg(i.path ORDER BY i.path), '{}')
      FROM inherited i
     WHERE NOT EXISTS (SELECT 1 FROM inherited a WHERE a.path @> i.path AND a.path <> i.path)
    $$;
