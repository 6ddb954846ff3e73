-- Rollups read small per-unit, per-period aggregate rows kept current at each batch's commit, instead of
-- scanning millions of base rows per request. Each row holds the figures of one unit's own rows only; a
-- rollup sums the rows under a path. commune_id lets coverage and submissions count per commune.
CREATE TABLE rollup_unit (
    province_id                bigint NOT NULL,
    campaign_id                bigint NOT NULL,
    unit_id                    bigint NOT NULL,
    period_id                  bigint NOT NULL,
    path                       ltree  NOT NULL,
    unit_level                 text   NOT NULL,
    unit_type                  text   NOT NULL,
    commune_id                 bigint,          -- the commune at or above the unit; null above communes
    models                     int    NOT NULL,
    collective                 int    NOT NULL,
    individual                 int    NOT NULL,
    status_new                 int    NOT NULL,
    status_continued           int    NOT NULL,
    status_replicated          int    NOT NULL,
    reviewed                   int    NOT NULL,
    rating_high                int    NOT NULL,
    rating_good                int    NOT NULL,
    rating_average             int    NOT NULL,
    rating_poor                int    NOT NULL,
    high_collective            int    NOT NULL,
    high_individual            int    NOT NULL,
    sustained_collective       int    NOT NULL, -- high and sustained >= 2 years: ranked first for commendation
    sustained_individual       int    NOT NULL,
    households                 bigint NOT NULL,
    people                     bigint NOT NULL,
    funds_vnd                  bigint NOT NULL,
    works                      bigint NOT NULL,
    villages                   bigint NOT NULL,
    villages_with_model        bigint NOT NULL,
    satisfaction_sum           numeric NOT NULL,
    satisfaction_units         int    NOT NULL,
    party_members_1plus10      bigint NOT NULL,
    households_1plus10         bigint NOT NULL,
    registrations_at           timestamptz,     -- first receipt of each form for the period
    results_at                 timestamptz,
    indicators_at              timestamptz,
    newest_at                  timestamptz,     -- newest receipt or withdrawal the row includes
    PRIMARY KEY (campaign_id, unit_id, period_id)
);
CREATE INDEX rollup_unit_read ON rollup_unit (period_id, province_id);

CREATE TABLE rollup_unit_field (
    province_id bigint NOT NULL,
    campaign_id bigint NOT NULL,
    unit_id     bigint NOT NULL,
    period_id   bigint NOT NULL,
    field_id    bigint NOT NULL,
    path        ltree  NOT NULL,
    models      int    NOT NULL,
    PRIMARY KEY (campaign_id, unit_id, period_id, field_id)
);
CREATE INDEX rollup_unit_field_read ON rollup_unit_field (period_id, province_id);

-- The listener finds the units a batch touched through these.
CREATE INDEX model_batch ON model (province_id, batch_id);
CREATE INDEX model_withdrawn_batch ON model (province_id, withdrawn_batch_id) WHERE withdrawn_batch_id IS NOT NULL;
CREATE INDEX model_result_batch ON model_result (province_id, batch_id);
CREATE INDEX unit_indicator_batch ON unit_indicator (province_id, batch_id);
CREATE INDEX model_campaign_unit ON model (province_id, campaign_id, unit_id);
CREATE INDEX submission_received ON submission (province_id, campaign_id, last_received_at);

-- Commendation candidates in rank order, so the top of a ranking is read without sorting all results.
CREATE INDEX model_result_candidates ON model_result
    (period_id, (years_sustained >= 2) DESC, years_sustained DESC, households DESC, funds_vnd DESC, model_id)
    WHERE rating = 'high';
