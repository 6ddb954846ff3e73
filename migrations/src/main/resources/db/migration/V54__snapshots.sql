-- "Chốt số liệu": a manager freezes a campaign period's figures of a unit's subtree. Each unit's rollup and the
-- annex rows are kept as the canonical JSON text the service wrote (text, not jsonb, so the bytes hashed are the
-- bytes kept); sha256 is over the parts in (position) order, each as "<kind> <unit code>\n<content>\n".
-- Nothing here is ever updated or deleted.
CREATE SEQUENCE snapshot_id_seq;
CREATE TABLE snapshot (
    province_id bigint NOT NULL,
    id          bigint NOT NULL DEFAULT nextval('snapshot_id_seq'),
    campaign_id bigint NOT NULL,
    period_id   bigint NOT NULL,
    unit_id     bigint NOT NULL,
    taken_at    timestamptz NOT NULL,
    taken_by    bigint NOT NULL REFERENCES app_user (id),
    sha256      text   NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    PRIMARY KEY (province_id, id),
    FOREIGN KEY (province_id, campaign_id) REFERENCES campaign (province_id, id),
    FOREIGN KEY (province_id, period_id) REFERENCES campaign_period (province_id, id),
    FOREIGN KEY (province_id, unit_id) REFERENCES unit (province_id, id)
);
CREATE UNIQUE INDEX snapshot_id ON snapshot (id);

CREATE TABLE snapshot_part (
    province_id bigint NOT NULL,
    snapshot_id bigint NOT NULL,
    position    int    NOT NULL,
    kind        text   NOT NULL CHECK (kind IN ('rollup', 'annex')),
    unit_id     bigint NOT NULL,
    unit_code   text   NOT NULL,
    content     text   NOT NULL,
    PRIMARY KEY (province_id, snapshot_id, position),
    FOREIGN KEY (province_id, snapshot_id) REFERENCES snapshot (province_id, id)
);
CREATE UNIQUE INDEX snapshot_part_unit ON snapshot_part (province_id, snapshot_id, kind, unit_id);

CREATE TRIGGER snapshot_frozen BEFORE UPDATE OR DELETE ON snapshot
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER snapshot_part_frozen BEFORE UPDATE OR DELETE ON snapshot_part
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER snapshot_no_truncate BEFORE TRUNCATE ON snapshot
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER snapshot_part_no_truncate BEFORE TRUNCATE ON snapshot_part
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
