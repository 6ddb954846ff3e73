-- A rollup reads one row for its unit and one per child instead of summing the unit's subtree. rollup_tree
-- holds, per campaign, period and unit, the figures of the unit's whole subtree: for every unit of the
-- campaign's area in force at some day of the period (so empty units and missing submitters have rows) and
-- for every unit holding data. Each batch recomputes the rows of the units it touched and of their ancestors,
-- bottom-up, in its own transaction. The V20 tables are replaced: they held each unit's own figures only,
-- were keyed without the province first, and made a rollup sum every row under its path.
-- rollup_candidate keeps the high-rated results of counted models with their rank keys and unit path, so a
-- commendation ranking reads the top of one index range per registrant type.
-- All of it is derived data; the service rebuilds it on the first start after this migration.
DROP TABLE rollup_unit_field;
DROP TABLE rollup_unit;

CREATE TABLE rollup_tree (
    province_id                bigint  NOT NULL,
    campaign_id                bigint  NOT NULL,
    period_id                  bigint  NOT NULL,
    unit_id                    bigint  NOT NULL,
    parent_id                  bigint,
    path                       ltree   NOT NULL,
    unit_level                 text    NOT NULL,
    unit_type                  text    NOT NULL,
    in_force                   boolean NOT NULL, -- at some day of the period: listed as a child, expected to report
    models                     int     NOT NULL,
    collective                 int     NOT NULL,
    individual                 int     NOT NULL,
    status_new                 int     NOT NULL,
    status_continued           int     NOT NULL,
    status_replicated          int     NOT NULL,
    reviewed                   int     NOT NULL,
    rating_high                int     NOT NULL,
    rating_good                int     NOT NULL,
    rating_average             int     NOT NULL,
    rating_poor                int     NOT NULL,
    high_collective            int     NOT NULL,
    high_individual            int     NOT NULL,
    sustained_collective       int     NOT NULL, -- high and sustained >= 2 years: ranked first for commendation
    sustained_individual       int     NOT NULL,
    households                 bigint  NOT NULL,
    people                     bigint  NOT NULL,
    funds_vnd                  bigint  NOT NULL,
    works                      bigint  NOT NULL,
    villages                   bigint  NOT NULL,
    villages_with_model        bigint  NOT NULL,
    satisfaction_sum           numeric NOT NULL,
    satisfaction_units         int     NOT NULL,
    party_members_1plus10      bigint  NOT NULL,
    households_1plus10         bigint  NOT NULL,
    communes                   int     NOT NULL, -- communes in force: coverage denominator and expected submitters
    agencies                   int     NOT NULL, -- agencies in force
    communes_with_model        int     NOT NULL,
    agencies_with_high_model   int     NOT NULL,
    -- per form due in the period: communes expected, and of them on time and late (the rest are missing)
    registrations_expected     int     NOT NULL,
    registrations_on_time      int     NOT NULL,
    registrations_late         int     NOT NULL,
    results_expected           int     NOT NULL,
    results_on_time            int     NOT NULL,
    results_late               int     NOT NULL,
    indicators_expected        int     NOT NULL,
    indicators_on_time         int     NOT NULL,
    indicators_late            int     NOT NULL,
    registrations_at           timestamptz,      -- first receipt of each form in the subtree
    results_at                 timestamptz,
    indicators_at              timestamptz,
    behind                     boolean NOT NULL, -- an expected commune late with or missing a form
    newest_at                  timestamptz,      -- newest receipt or withdrawal in the subtree
    PRIMARY KEY (province_id, campaign_id, period_id, unit_id)
);
-- partial, so the planner never takes it for a lookup of one unit by primary key (it did, scanning a period's
-- rows of the campaign for each)
CREATE INDEX rollup_tree_children ON rollup_tree (province_id, campaign_id, parent_id, period_id)
    WHERE parent_id IS NOT NULL;
CREATE INDEX rollup_tree_behind ON rollup_tree (province_id, campaign_id, period_id) WHERE behind;

CREATE TABLE rollup_tree_field (
    province_id bigint NOT NULL,
    campaign_id bigint NOT NULL,
    period_id   bigint NOT NULL,
    unit_id     bigint NOT NULL,
    field_id    bigint NOT NULL,
    parent_id   bigint,
    models      int    NOT NULL,
    PRIMARY KEY (province_id, campaign_id, period_id, unit_id, field_id)
);
CREATE INDEX rollup_tree_field_children ON rollup_tree_field (province_id, campaign_id, parent_id, period_id)
    WHERE parent_id IS NOT NULL;

CREATE TABLE rollup_candidate (
    province_id     bigint  NOT NULL,
    campaign_id     bigint  NOT NULL,
    period_id       bigint  NOT NULL,
    model_id        bigint  NOT NULL,
    unit_id         bigint  NOT NULL,
    path            ltree   NOT NULL,
    registrant_type text    NOT NULL,
    sustained       boolean NOT NULL,        -- sustained >= 2 years: ranked first (seed 001)
    years_sustained int     NOT NULL,
    households      int     NOT NULL,
    funds_vnd       bigint  NOT NULL,
    PRIMARY KEY (province_id, campaign_id, period_id, model_id)
);
CREATE INDEX rollup_candidate_rank ON rollup_candidate (province_id, campaign_id, period_id, registrant_type,
    sustained DESC, years_sustained DESC, households DESC, funds_vnd DESC, model_id) INCLUDE (path);
CREATE INDEX rollup_candidate_unit ON rollup_candidate (province_id, campaign_id, unit_id);

-- The V20 read index of the candidates is replaced by rollup_candidate_rank.
DROP INDEX model_result_candidates;
