-- Who did what, when, from where: append-only. Entries carry the path of the unit they concern so a reader sees
-- exactly the entries of their subtree; a login of an unknown name or of an administrator concerns no unit
-- (and no province), so the key is the id alone.
CREATE TABLE audit_entry (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    province_id bigint,
    unit_id     bigint,
    unit_path   ltree,
    at          timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id    bigint,
    actor       text   NOT NULL,
    action      text   NOT NULL,
    campaign_id bigint,
    subject     text,
    details     jsonb  NOT NULL DEFAULT '{}',
    address     text
);
CREATE INDEX audit_entry_province ON audit_entry (province_id, at);
CREATE INDEX audit_entry_path ON audit_entry USING gist (unit_path);

-- Also refuses changes to the frozen figures (V54).
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% on % is refused: its rows are append-only', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
