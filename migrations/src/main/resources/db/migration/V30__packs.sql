-- Report packs (bộ tài liệu sơ kết / tổng kết): requested, generated in the background, kept with their files
-- in the database so any instance can report progress and serve the download.
CREATE SEQUENCE pack_id_seq;
CREATE TABLE pack (
    province_id  bigint NOT NULL,
    id           bigint NOT NULL DEFAULT nextval('pack_id_seq'),
    unit_id      bigint NOT NULL,
    campaign_id  bigint NOT NULL,
    period_id    bigint NOT NULL,
    kind         text   NOT NULL CHECK (kind IN ('so-ket-6-thang', 'tong-ket-nam')),
    number       text,                 -- document number as printed, e.g. Số 12-BC/BDVTU
    signer_title text,
    signer_name  text,
    requested_by bigint NOT NULL REFERENCES app_user (id),
    requested_at timestamptz NOT NULL DEFAULT now(),
    status       text   NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
    progress     int    NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    error        text,
    as_of        timestamptz,          -- the data time the figures were taken at
    base_name    text,                 -- ASCII file name without extension
    pdf          bytea,
    docx         bytea,
    xlsx         bytea,
    finished_at  timestamptz,
    PRIMARY KEY (province_id, id),
    FOREIGN KEY (province_id, unit_id) REFERENCES unit (province_id, id),
    FOREIGN KEY (province_id, campaign_id) REFERENCES campaign (province_id, id),
    FOREIGN KEY (province_id, period_id) REFERENCES campaign_period (province_id, id)
);
CREATE UNIQUE INDEX pack_id ON pack (id);
CREATE INDEX pack_unit ON pack (province_id, unit_id, requested_at DESC);
