-- A model's life across years and campaigns, and the same model registered twice across levels (issue 19,
-- items 3 and 4; docs/models.md).
--
-- The life of a model: the rows of model, in any campaign, with its normalised registrant and model name in its
-- unit or a unit of that unit's lineage (the units it succeeded on 1/7/2025 and those that succeeded it), so a
-- model registered in 2023 by old Xã Xuân Thượng and continued in 2025 by today's Xã Bảo Yên is one life.
-- Years sustained ("duy trì liên tục từ 02 năm trở lên", seed 001) are derived from that life, never typed.

-- Mã mô hình nhân rộng: the code of the model this registration copies, as typed (it may name a model of a unit
-- the uploader cannot read, so it is not resolved, nor refused, at upload); read within the reader's scope.
ALTER TABLE model ADD COLUMN replicates_code text;
-- A model merged into another (a duplicate) is withdrawn and points at the survivor, of the same campaign.
ALTER TABLE model ADD COLUMN merged_into_id bigint;
CREATE INDEX model_life ON model (province_id, unit_id, model_key, registrant_key);
CREATE INDEX model_replicates ON model (province_id, replicates_code) WHERE replicates_code IS NOT NULL;
CREATE INDEX model_merged_into ON model (province_id, merged_into_id) WHERE merged_into_id IS NOT NULL;

-- A unit, the units it succeeded and the units that succeeded it (one reform apart, either way).
CREATE FUNCTION unit_lineage(p_province bigint, p_unit bigint) RETURNS TABLE (province_id bigint, unit_id bigint)
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT p_province, p_unit
    UNION
    SELECT s.predecessor_province_id, s.predecessor_id
      FROM unit_succession s WHERE s.successor_province_id = p_province AND s.successor_id = p_unit
    UNION
    SELECT s.successor_province_id, s.successor_id
      FROM unit_succession s WHERE s.predecessor_province_id = p_province AND s.predecessor_id = p_unit
    $$;

-- The model rows of a model's life: itself, and the models not withdrawn with its registrant and name in its
-- unit's lineage, in every campaign.
CREATE FUNCTION model_life(p_province bigint, p_model bigint) RETURNS TABLE (province_id bigint, model_id bigint)
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    SELECT o.province_id, o.id
      FROM model m
     CROSS JOIN LATERAL unit_lineage(m.province_id, m.unit_id) l
      JOIN model o ON o.province_id = l.province_id AND o.unit_id = l.unit_id
                  AND o.model_key = m.model_key AND o.registrant_key = m.registrant_key
     WHERE m.province_id = p_province AND m.id = p_model
       AND (o.withdrawn_at IS NULL OR o.id = m.id)
    $$;

-- The years of a life up to a day: the year of each registration (its period's cut-off, or the day when that
-- is later) and the year of the cut-off of each period with a result.
CREATE FUNCTION model_life_years(p_province bigint, p_model bigint, upto date) RETURNS int[]
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$
    WITH life AS (SELECT * FROM model_life(p_province, p_model))
    SELECT coalesce(array_agg(DISTINCT y.y ORDER BY y.y), '{}')
      FROM (SELECT extract(year FROM least(rp.last_day, upto))::int AS y
              FROM life l
              JOIN model m ON m.province_id = l.province_id AND m.id = l.model_id
              JOIN campaign_period rp ON rp.province_id = m.province_id AND rp.id = m.period_id
             WHERE rp.first_day <= upto
            UNION ALL
            SELECT extract(year FROM p.last_day)::int
              FROM life l
              JOIN model_result r ON r.province_id = l.province_id AND r.model_id = l.model_id
              JOIN campaign_period p ON p.province_id = r.province_id AND p.id = r.period_id
             WHERE p.last_day <= upto) y
    $$;

-- How many consecutive years of a set of distinct years end at upto_year (0 when upto_year is not in it): on
-- the years sorted from the latest, the k-th is upto_year - k + 1 exactly as long as there is no gap.
CREATE FUNCTION sustained_run(years int[], upto_year int) RETURNS int
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT count(*)::int
      FROM (SELECT y, row_number() OVER (ORDER BY y DESC) AS k FROM unnest(years) y WHERE y <= upto_year) t
     WHERE t.y + t.k - 1 = upto_year
    $$;

-- Years sustained of a model at a period's cut-off: the consecutive years of its life ending in that year.
CREATE FUNCTION model_years_sustained(p_province bigint, p_model bigint, upto date) RETURNS int
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT sustained_run(model_life_years(p_province, p_model, upto), extract(year FROM upto)::int) $$;

-- The furthest state of a life: registered → reviewed (a result) → recognised at its level (a result rated
-- high, "công nhận mô hình dân vận khéo cấp cơ sở") → commended (a commendation decision) → replicated (a later
-- model names it as the one it copies).
CREATE FUNCTION model_life_state(reviewed boolean, recognised boolean, commended boolean, replicated boolean)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE WHEN replicated THEN 'replicated' WHEN commended THEN 'commended' WHEN recognised THEN 'recognised'
                WHEN reviewed THEN 'reviewed' ELSE 'registered' END
    $$;

-- Duplicates across levels: a registration whose model name and registrant are close (pg_trgm similarity) to a
-- model of the same campaign in its unit, above it or below it is reported as a warning. The index is looked up
-- per (row, related unit): GIN keeps the unit's entry and the name's trigrams, and its fast scan walks the short
-- posting list of the unit, so only the unit's models sharing enough trigrams are compared, not all of them
-- (btree_gin for the bigint key). A unit id is unique on its own, so the key does not lead with province_id;
-- the query ANDs province and campaign.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gin;
-- fastupdate stays on (inserting each row's entries one by one made a 100,000-row batch's merge 4 times slower);
-- the check flushes the pending list first, since each of its probes would read all of it (dvk.ingest.BatchRun)
CREATE INDEX model_name_trigrams ON model USING gin (unit_id, model_key gin_trgm_ops);
-- the similarity from which a warning is given, set by the campaign's manager; null: no check
ALTER TABLE campaign ADD COLUMN duplicate_threshold real DEFAULT 0.6
    CHECK (duplicate_threshold IS NULL OR duplicate_threshold BETWEEN 0.1 AND 1);

-- Pairs a manager marked distinct: they never warn again. The lower id first, so a pair is one row.
CREATE TABLE model_distinct (
    province_id bigint      NOT NULL,
    model_id    bigint      NOT NULL,
    other_id    bigint      NOT NULL,
    campaign_id bigint      NOT NULL,
    marked_by   bigint      NOT NULL REFERENCES app_user (id),
    marked_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province_id, model_id, other_id),
    FOREIGN KEY (province_id, model_id) REFERENCES model (province_id, id),
    FOREIGN KEY (province_id, other_id) REFERENCES model (province_id, id),
    CHECK (model_id < other_id)
);
