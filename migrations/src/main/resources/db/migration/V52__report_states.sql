-- The reporting cycle: a unit sends (gửi) its report of a campaign's period and form, the unit above approves
-- (duyệt) or returns it (trả lại) with a reason, and may reopen an approved one. No row means "draft": data may
-- be present but nothing was sent. An approved report refuses every write to the unit's rows of that period
-- and form; the check runs in the batch's transaction under the same advisory lock the approval takes.
CREATE TABLE report_state (
    province_id bigint NOT NULL,
    campaign_id bigint NOT NULL,
    period_id   bigint NOT NULL,
    kind        text   NOT NULL CHECK (kind IN ('registrations', 'results', 'indicators')),
    unit_id     bigint NOT NULL,
    state       text   NOT NULL CHECK (state IN ('submitted', 'approved', 'returned', 'reopened')),
    reason      text,
    acted_by    bigint NOT NULL REFERENCES app_user (id),
    acted_at    timestamptz NOT NULL,
    PRIMARY KEY (province_id, campaign_id, period_id, kind, unit_id),
    FOREIGN KEY (province_id, campaign_id) REFERENCES campaign (province_id, id),
    FOREIGN KEY (province_id, period_id) REFERENCES campaign_period (province_id, id),
    FOREIGN KEY (province_id, unit_id) REFERENCES unit (province_id, id),
    CHECK ((state = 'returned') = (reason IS NOT NULL))
);
CREATE INDEX report_state_approved ON report_state (province_id, campaign_id, period_id, kind)
    WHERE state = 'approved';

-- By default only managers of the unit directly above approve; a campaign may let any higher level do it.
ALTER TABLE campaign ADD COLUMN approval_from_above boolean NOT NULL DEFAULT false;
