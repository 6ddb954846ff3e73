-- Commendation from quotas to decisions (issue 19): a review's quotas as rows, the shares units allocate down the
-- hierarchy, the models proposed within a share and the issuer's decisions. The issuer holds a quota's count; a
-- unit below it holds what its parent allocated to it. What a unit holds covers its children's shares and its own
-- proposals that are not declined; the triggers below refuse anything more, under a lock on the quota, so two
-- requests at once cannot both take the last place.

-- One row per campaign, period, awarding body and registrant type, kept equal to the campaign's quotas
-- (campaign_quota, which an edit of the campaign rewrites) so allocations and proposals keep a stable id.
CREATE SEQUENCE commendation_quota_id_seq;
CREATE TABLE commendation_quota (
    province_id     bigint NOT NULL,
    id              bigint NOT NULL DEFAULT nextval('commendation_quota_id_seq'),
    campaign_id     bigint NOT NULL,
    period_id       bigint NOT NULL,
    review          text   NOT NULL,
    awarding_body   text   NOT NULL,
    registrant_type text   NOT NULL CHECK (registrant_type IN ('collective', 'individual')),
    count           int    NOT NULL CHECK (count >= 0),
    PRIMARY KEY (province_id, id),
    UNIQUE (province_id, campaign_id, period_id, awarding_body, registrant_type),
    FOREIGN KEY (province_id, campaign_id) REFERENCES campaign (province_id, id) ON DELETE CASCADE,
    FOREIGN KEY (province_id, period_id) REFERENCES campaign_period (province_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX commendation_quota_id ON commendation_quota (id);

-- A unit's share of a quota, set by a manager of its parent.
CREATE TABLE commendation_allocation (
    province_id  bigint      NOT NULL,
    quota_id     bigint      NOT NULL,
    unit_id      bigint      NOT NULL,
    count        int         NOT NULL CHECK (count >= 0),
    allocated_by bigint      NOT NULL REFERENCES app_user (id),
    allocated_at timestamptz NOT NULL,
    PRIMARY KEY (province_id, quota_id, unit_id),
    FOREIGN KEY (province_id, quota_id) REFERENCES commendation_quota (province_id, id) ON DELETE CASCADE,
    FOREIGN KEY (province_id, unit_id) REFERENCES unit (province_id, id)
);

-- A model proposed by a unit within its share of a quota, and the issuer's decision on it.
CREATE SEQUENCE commendation_proposal_id_seq;
CREATE TABLE commendation_proposal (
    province_id     bigint      NOT NULL,
    id              bigint      NOT NULL DEFAULT nextval('commendation_proposal_id_seq'),
    quota_id        bigint      NOT NULL,
    campaign_id     bigint      NOT NULL,
    period_id       bigint      NOT NULL,
    unit_id         bigint      NOT NULL,   -- the proposing unit, whose share the proposal uses
    model_id        bigint      NOT NULL,
    reason          text        NOT NULL CHECK (reason <> ''),
    proposed_by     bigint      NOT NULL REFERENCES app_user (id),
    proposed_at     timestamptz NOT NULL,
    state           text        NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'approved', 'declined')),
    decision_number text,
    decision_date   date,
    signer          text,
    decided_by      bigint REFERENCES app_user (id),
    decided_at      timestamptz,
    PRIMARY KEY (province_id, id),
    FOREIGN KEY (province_id, quota_id) REFERENCES commendation_quota (province_id, id) ON DELETE CASCADE,
    FOREIGN KEY (province_id, unit_id) REFERENCES unit (province_id, id),
    FOREIGN KEY (province_id, model_id) REFERENCES model (province_id, id),
    CHECK ((state = 'proposed') = (decided_at IS NULL)),
    CHECK (state <> 'approved' OR (decision_number IS NOT NULL AND decision_date IS NOT NULL))
);
CREATE UNIQUE INDEX commendation_proposal_id ON commendation_proposal (id);
-- A model stands in one quota of a review at a time: the pack lists each proposal under exactly one quota.
CREATE UNIQUE INDEX commendation_proposal_once ON commendation_proposal (province_id, campaign_id, period_id, model_id)
    WHERE state <> 'declined';
CREATE INDEX commendation_proposal_quota ON commendation_proposal (province_id, quota_id, unit_id);

-- What the unit holds of the quota: the quota's count for the campaign's issuer, else its allocation (0 without).
CREATE FUNCTION commendation_held(p_province bigint, p_quota bigint, p_unit bigint) RETURNS int
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN c.issuer_unit_id = p_unit THEN q.count
                ELSE coalesce((SELECT a.count FROM commendation_allocation a
                                WHERE a.province_id = p_province AND a.quota_id = p_quota AND a.unit_id = p_unit), 0)
           END
      FROM commendation_quota q
      JOIN campaign c ON c.province_id = q.province_id AND c.id = q.campaign_id
     WHERE q.province_id = p_province AND q.id = p_quota
$$;

-- What the unit has used of it: its children's shares and its own proposals not declined.
CREATE FUNCTION commendation_used(p_province bigint, p_quota bigint, p_unit bigint) RETURNS int
LANGUAGE sql STABLE AS $$
    SELECT (SELECT coalesce(sum(a.count), 0)::int
              FROM commendation_allocation a
              JOIN unit u ON u.province_id = a.province_id AND u.id = a.unit_id
             WHERE a.province_id = p_province AND a.quota_id = p_quota AND u.parent_id = p_unit)
         + (SELECT count(*)::int FROM commendation_proposal p
             WHERE p.province_id = p_province AND p.quota_id = p_quota AND p.unit_id = p_unit
               AND p.state <> 'declined')
$$;

-- Refuses (SQLSTATE DVK01) a unit using more than it holds. The quota row's lock serialises every change of the
-- quota's ledger; each statement after it reads what the transactions before committed (READ COMMITTED). The lock
-- is FOR NO KEY UPDATE: the foreign key of the row being written already holds FOR KEY SHARE on the quota, which
-- that mode does not conflict with, so two writers queue instead of deadlocking.
CREATE FUNCTION commendation_check_share(p_province bigint, p_quota bigint, p_unit bigint) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    held int;
    used int;
BEGIN
    held := commendation_held(p_province, p_quota, p_unit);
    used := commendation_used(p_province, p_quota, p_unit);
    IF used > held THEN
        RAISE EXCEPTION 'commendation share exceeded: unit % uses % of % in quota %', p_unit, used, held, p_quota
            USING ERRCODE = 'DVK01';
    END IF;
END
$$;

CREATE FUNCTION commendation_allocation_check() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    parent bigint;
BEGIN
    PERFORM 1 FROM commendation_quota WHERE province_id = NEW.province_id AND id = NEW.quota_id FOR NO KEY UPDATE;
    SELECT u.parent_id INTO parent FROM unit u WHERE u.province_id = NEW.province_id AND u.id = NEW.unit_id;
    IF parent IS NULL THEN
        RAISE EXCEPTION 'commendation share for unit % without a parent', NEW.unit_id USING ERRCODE = 'DVK01';
    END IF;
    -- the parent's share covers this one, and this unit's share still covers what it gave out and proposed
    PERFORM commendation_check_share(NEW.province_id, NEW.quota_id, parent);
    PERFORM commendation_check_share(NEW.province_id, NEW.quota_id, NEW.unit_id);
    RETURN NULL;
END
$$;

CREATE TRIGGER commendation_allocation_check
    AFTER INSERT OR UPDATE ON commendation_allocation
    FOR EACH ROW EXECUTE FUNCTION commendation_allocation_check();

CREATE FUNCTION commendation_proposal_check() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.state = 'declined' THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM commendation_quota WHERE province_id = NEW.province_id AND id = NEW.quota_id FOR NO KEY UPDATE;
    PERFORM commendation_check_share(NEW.province_id, NEW.quota_id, NEW.unit_id);
    RETURN NULL;
END
$$;

CREATE TRIGGER commendation_proposal_check
    AFTER INSERT OR UPDATE ON commendation_proposal
    FOR EACH ROW EXECUTE FUNCTION commendation_proposal_check();

-- Who may propose: managers and submitters of a unit (the demo's district offices have only submitters), or,
-- when a campaign says so, managers only.
ALTER TABLE campaign ADD COLUMN commendation_proposers text NOT NULL DEFAULT 'managers-and-submitters'
    CHECK (commendation_proposers IN ('managers', 'managers-and-submitters'));
