-- A campaign (phong trào / kế hoạch) is data: its fields, periods, targets and quotas drive the CSV columns,
-- the deadlines, the dashboard and the pack. Every table leads with the province (tenant root).
CREATE SEQUENCE campaign_id_seq;

CREATE TABLE campaign (
    province_id       bigint  NOT NULL,
    id                bigint  NOT NULL DEFAULT nextval('campaign_id_seq'),
    issuer_unit_id    bigint  NOT NULL,
    name              text    NOT NULL CHECK (name <> ''),
    first_year        int     NOT NULL,
    last_year         int     NOT NULL,
    period_convention text    NOT NULL DEFAULT 'decree-09' CHECK (period_convention IN ('decree-09', 'calendar')),
    superior_body     text,             -- e.g. TỈNH ỦY LÀO CAI, printed above the issuing body
    issuing_body      text,             -- e.g. BAN DÂN VẬN
    document_symbol   text,             -- e.g. BC/BDVTU, as in "Số 12-BC/BDVTU"
    place_name        text,             -- e.g. Lào Cai, as in "Lào Cai, ngày … tháng … năm …"
    signer_on_behalf  text,             -- e.g. T/M BAN THƯỜNG VỤ
    signer_title      text,
    signer_name       text,
    recipients        text[]  NOT NULL DEFAULT '{}',
    version           int     NOT NULL DEFAULT 1,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (province_id, id),
    FOREIGN KEY (province_id, issuer_unit_id) REFERENCES unit (province_id, id),
    CHECK (last_year >= first_year)
);
CREATE UNIQUE INDEX campaign_id ON campaign (id);
CREATE INDEX campaign_issuer ON campaign (province_id, issuer_unit_id);

-- Lĩnh vực / nội dung: the classification scheme, in display order.
CREATE SEQUENCE campaign_field_id_seq;
CREATE TABLE campaign_field (
    province_id bigint NOT NULL,
    campaign_id bigint NOT NULL,
    id          bigint NOT NULL DEFAULT nextval('campaign_field_id_seq'),
    position    int    NOT NULL,
    code        text   NOT NULL CHECK (code <> ''),
    name        text   NOT NULL CHECK (name <> ''),
    PRIMARY KEY (province_id, id),
    UNIQUE (province_id, campaign_id, code),
    FOREIGN KEY (province_id, campaign_id) REFERENCES campaign (province_id, id) ON DELETE CASCADE
);

-- Reporting periods: first day, cut-off (last) day, and a due date per form kind.
CREATE SEQUENCE campaign_period_id_seq;
CREATE TABLE campaign_period (
    province_id      bigint NOT NULL,
    campaign_id      bigint NOT NULL,
    id               bigint NOT NULL DEFAULT nextval('campaign_period_id_seq'),
    code             text   NOT NULL CHECK (code <> ''),
    kind             text   NOT NULL CHECK (kind IN ('quarter', 'half', 'year', 'phase', 'stage')),
    name             text   NOT NULL,
    first_day        date   NOT NULL,
    last_day         date   NOT NULL,
    due_registration date,
    due_results      date,
    due_indicators   date,
    PRIMARY KEY (province_id, id),
    UNIQUE (province_id, campaign_id, code),
    FOREIGN KEY (province_id, campaign_id) REFERENCES campaign (province_id, id) ON DELETE CASCADE,
    CHECK (last_day >= first_day)
);

-- Chỉ tiêu: a metric from the catalogue the rollups compute, compared with a threshold.
CREATE TABLE campaign_target (
    province_id bigint  NOT NULL,
    campaign_id bigint  NOT NULL,
    position    int     NOT NULL,
    metric      text    NOT NULL CHECK (metric IN ('communes-with-model', 'villages-with-model',
                        'agencies-with-high-model', 'models-reviewed', 'average-satisfaction', 'models-per-unit')),
    unit_type   text,               -- for models-per-unit: the unit type counted (Phường, Cơ quan, MTTQ …)
    comparison  text    NOT NULL CHECK (comparison IN ('>=', '>', '<=', '<', '=')),
    threshold   numeric NOT NULL,
    name        text    NOT NULL,
    PRIMARY KEY (province_id, campaign_id, position),
    FOREIGN KEY (province_id, campaign_id) REFERENCES campaign (province_id, id) ON DELETE CASCADE
);

-- Commendation quotas (khen thưởng) per review, awarding body and registrant type.
CREATE TABLE campaign_quota (
    province_id     bigint NOT NULL,
    campaign_id     bigint NOT NULL,
    position        int    NOT NULL,
    review          text   NOT NULL,  -- e.g. Sơ kết giữa kỳ (10/2023)
    period_code     text   NOT NULL,  -- the period whose review uses the quota
    awarding_body   text   NOT NULL,  -- e.g. Ban Thường vụ Huyện ủy tặng giấy khen
    registrant_type text   NOT NULL CHECK (registrant_type IN ('collective', 'individual')),
    count           int    NOT NULL CHECK (count >= 0),
    PRIMARY KEY (province_id, campaign_id, position),
    FOREIGN KEY (province_id, campaign_id) REFERENCES campaign (province_id, id) ON DELETE CASCADE
);
