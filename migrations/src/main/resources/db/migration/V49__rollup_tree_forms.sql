-- The submission status of a subtree per form as rows keyed by kind (rollup_tree_form) instead of twelve
-- rollup_tree columns (expected, on time, late and first receipt of each of three forms) and its behind flag.
-- A row exists for every rollup_tree row and form due in its period. The counts move unchanged, so figures
-- read the same before the service recounts them (it rebuilds the aggregates when the rollup schema changes).
CREATE TABLE rollup_tree_form (
    province_id bigint      NOT NULL,
    campaign_id bigint      NOT NULL,
    period_id   bigint      NOT NULL,
    unit_id     bigint      NOT NULL,
    kind        text        NOT NULL,
    parent_id   bigint,
    path        ltree       NOT NULL,
    expected    int         NOT NULL, -- communes in force where the form is due
    on_time     int         NOT NULL,
    late        int         NOT NULL, -- the rest of expected are missing
    first_at    timestamptz,          -- first receipt of the form in the subtree
    behind      boolean     NOT NULL, -- an expected commune late with or missing the form
    PRIMARY KEY (province_id, campaign_id, period_id, unit_id, kind)
);
CREATE INDEX rollup_tree_form_children ON rollup_tree_form (province_id, campaign_id, parent_id, period_id)
    WHERE parent_id IS NOT NULL;
CREATE INDEX rollup_tree_form_behind ON rollup_tree_form (province_id, campaign_id, period_id) WHERE behind;

INSERT INTO rollup_tree_form (province_id, campaign_id, period_id, unit_id, kind, parent_id, path, expected, on_time,
                              late, first_at, behind)
SELECT t.province_id, t.campaign_id, t.period_id, t.unit_id, f.kind, t.parent_id, t.path, f.expected, f.on_time,
       f.late, f.first_at,
       t.unit_level = 'commune' AND f.expected = 1 AND f.on_time = 0
  FROM rollup_tree t
 CROSS JOIN LATERAL (VALUES
        ('registrations', t.registrations_expected, t.registrations_on_time, t.registrations_late, t.registrations_at),
        ('results', t.results_expected, t.results_on_time, t.results_late, t.results_at),
        ('indicators', t.indicators_expected, t.indicators_on_time, t.indicators_late, t.indicators_at))
       AS f(kind, expected, on_time, late, first_at)
  JOIN campaign_period_due d ON d.province_id = t.province_id AND d.period_id = t.period_id AND d.kind = f.kind;

DROP INDEX rollup_tree_behind;
ALTER TABLE rollup_tree
    DROP COLUMN registrations_expected, DROP COLUMN registrations_on_time, DROP COLUMN registrations_late,
    DROP COLUMN results_expected, DROP COLUMN results_on_time, DROP COLUMN results_late,
    DROP COLUMN indicators_expected, DROP COLUMN indicators_on_time, DROP COLUMN indicators_late,
    DROP COLUMN registrations_at, DROP COLUMN results_at, DROP COLUMN indicators_at, DROP COLUMN behind;
