-- How a unit heads and signs its own documents (issue 13): a district's or a commune's pack is issued by that
-- unit, under its own Party committee, signed by its own leader and sent to its own recipients. A row exists
-- only once the unit's manager has saved one; until then the pack uses defaults by level and type.
CREATE TABLE unit_document_profile (
    province_id      bigint      NOT NULL,
    unit_id          bigint      NOT NULL,
    superior_body    text        NOT NULL,
    issuing_body     text        NOT NULL CHECK (issuing_body <> ''),
    document_symbol  text        NOT NULL,
    place_name       text        NOT NULL,
    signer_on_behalf text,
    signer_title     text        NOT NULL CHECK (signer_title <> ''),
    signer_name      text        NOT NULL,
    recipients       text[]      NOT NULL DEFAULT '{}',
    updated_by       bigint      NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province_id, unit_id),
    FOREIGN KEY (province_id, unit_id) REFERENCES unit (province_id, id)
);

-- What a pack request may set for one document: its date, the signing line and the recipients.
ALTER TABLE pack
    ADD COLUMN report_date      date,
    ADD COLUMN signer_on_behalf text,
    ADD COLUMN recipients       text[];
