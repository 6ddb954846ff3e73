-- Sessions that end, logins that cannot be guessed, pack jobs that survive a restart (issue 18). Everything lives
-- here rather than in a service's memory, so a second instance on the same database sees the same state.

-- Every token carries its user's token_version; logout, a password reset, a role change or disabling the user
-- bumps it, and every token issued before is refused on its next request. Checked per request by primary key.
ALTER TABLE app_user
    ADD COLUMN token_version bigint  NOT NULL DEFAULT 0,
    ADD COLUMN enabled       boolean NOT NULL DEFAULT true;

-- Failed logins per account name (as typed, lower-cased, whether or not it exists) and per client address.
-- A row is removed on success of its account; an address's row ages out after its window.
CREATE TABLE login_attempt (
    subject      text        NOT NULL,   -- 'user:<username>' or 'address:<ip>'
    failures     int         NOT NULL,
    last_failure timestamptz NOT NULL,
    locked_until timestamptz NOT NULL,   -- no attempt is checked before this time
    PRIMARY KEY (subject)
);

-- A running pack job holds a lease that its instance renews while it works; a job whose lease ran out (its
-- instance stopped) is claimed again by any instance with FOR UPDATE SKIP LOCKED, so no job runs twice at once.
ALTER TABLE pack
    ADD COLUMN claimed_until timestamptz,
    ADD COLUMN attempts      int NOT NULL DEFAULT 0;
CREATE INDEX pack_unfinished ON pack (claimed_until) WHERE status IN ('queued', 'running');

-- A model's code is unique per unit, no longer per province (issue 18, item 2): a district that tried a code
-- used in a sibling district was told "taken", and so learnt which codes, and how many models, its sibling has.
-- Now a code in a unit the uploader cannot see neither matches nor collides (dvk.ingest.Scope.modelByCode).
-- The code still leads, for the reason of V42.
DROP INDEX model_code;
CREATE UNIQUE INDEX model_code ON model (province_id, code, campaign_id, unit_id);
