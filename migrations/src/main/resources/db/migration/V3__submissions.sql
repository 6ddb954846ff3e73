-- Submissions: registrations of models (Mẫu M1/M2), results per model and period (Mẫu M3) and unit
-- indicators per period. Current rows plus every earlier version; batches keep who sent what, when.
CREATE SEQUENCE batch_id_seq;
CREATE TABLE batch (
    province_id  bigint NOT NULL,
    id           bigint NOT NULL DEFAULT nextval('batch_id_seq'),
    campaign_id  bigint NOT NULL,
    kind         text   NOT NULL CHECK (kind IN ('registrations', 'results', 'indicators')),
    period_id    bigint,
    user_id      bigint NOT NULL REFERENCES app_user (id),
    unit_id      bigint NOT NULL,          -- the uploader's unit
    source       text   NOT NULL CHECK (source IN ('csv', 'xlsx', 'json', 'form', 'demo')),
    file_name    text,
    content_hash text,
    received_at  timestamptz NOT NULL DEFAULT now(),
    rows         int NOT NULL DEFAULT 0,
    inserted     int NOT NULL DEFAULT 0,
    updated      int NOT NULL DEFAULT 0,
    unchanged    int NOT NULL DEFAULT 0,
    rejected     int NOT NULL DEFAULT 0,
    late         int NOT NULL DEFAULT 0,
    withdrawn    int NOT NULL DEFAULT 0,
    report       jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (province_id, id),
    FOREIGN KEY (province_id, campaign_id) REFERENCES campaign (province_id, id),
    FOREIGN KEY (province_id, period_id) REFERENCES campaign_period (province_id, id),
    FOREIGN KEY (province_id, unit_id) REFERENCES unit (province_id, id)
);
CREATE UNIQUE INDEX batch_id ON batch (id);
CREATE INDEX batch_campaign ON batch (province_id, campaign_id, received_at DESC);

-- Đăng ký mô hình: identified by (campaign, unit, registrant, model name) in normalised form, or by its code.
CREATE SEQUENCE model_id_seq;
CREATE TABLE model (
    province_id         bigint   NOT NULL,
    id                  bigint   NOT NULL DEFAULT nextval('model_id_seq'),
    campaign_id         bigint   NOT NULL,
    unit_id             bigint   NOT NULL,
    period_id           bigint   NOT NULL,   -- the period it was registered for
    code                text     NOT NULL,   -- Mã mô hình: given in the file, or M<id>
    registrant_type     text     NOT NULL CHECK (registrant_type IN ('collective', 'individual')),
    registrant_name     text     NOT NULL,
    registrant_key      text     NOT NULL,   -- lower case, no diacritics, single spaces
    model_name          text     NOT NULL,
    model_key           text     NOT NULL,
    field_ids           bigint[] NOT NULL CHECK (cardinality(field_ids) > 0),
    implementation_form text,
    time_frame          text,
    expected_result     text,
    status              text     NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'continued', 'replicated')),
    note                text,
    version             int      NOT NULL DEFAULT 1,
    batch_id            bigint   NOT NULL,
    received_at         timestamptz NOT NULL,
    late                boolean  NOT NULL DEFAULT false,
    withdrawn_at        timestamptz,         -- withdrawn by a replace upload; never deleted
    withdrawn_batch_id  bigint,
    PRIMARY KEY (province_id, id),
    FOREIGN KEY (province_id, campaign_id) REFERENCES campaign (province_id, id),
    FOREIGN KEY (province_id, unit_id) REFERENCES unit (province_id, id),
    FOREIGN KEY (province_id, period_id) REFERENCES campaign_period (province_id, id),
    FOREIGN KEY (province_id, batch_id) REFERENCES batch (province_id, id)
);
CREATE UNIQUE INDEX model_identity ON model (province_id, campaign_id, unit_id, registrant_key, model_key);
CREATE UNIQUE INDEX model_code ON model (province_id, campaign_id, code);
CREATE UNIQUE INDEX model_id ON model (id);

CREATE TABLE model_version (
    province_id         bigint   NOT NULL,
    model_id            bigint   NOT NULL,
    version             int      NOT NULL,
    batch_id            bigint   NOT NULL,
    row_number          int,                 -- the row in the uploaded file
    received_at         timestamptz NOT NULL,
    registrant_type     text     NOT NULL,
    registrant_name     text     NOT NULL,
    model_name          text     NOT NULL,
    field_ids           bigint[] NOT NULL,
    implementation_form text,
    time_frame          text,
    expected_result     text,
    status              text     NOT NULL,
    note                text,
    withdrawn           boolean  NOT NULL DEFAULT false,
    PRIMARY KEY (province_id, model_id, version),
    FOREIGN KEY (province_id, model_id) REFERENCES model (province_id, id),
    FOREIGN KEY (province_id, batch_id) REFERENCES batch (province_id, id)
);

-- Báo cáo kết quả (Mẫu M3): one current row per model and period.
CREATE TABLE model_result (
    province_id        bigint NOT NULL,
    model_id           bigint NOT NULL,
    period_id          bigint NOT NULL,
    campaign_id        bigint NOT NULL,
    unit_id            bigint NOT NULL,     -- copied from the model so rollups need no join
    results            text,
    households         int    NOT NULL DEFAULT 0 CHECK (households >= 0),
    people             int    NOT NULL DEFAULT 0 CHECK (people >= 0),
    funds_vnd          bigint NOT NULL DEFAULT 0 CHECK (funds_vnd >= 0),
    works              int    NOT NULL DEFAULT 0 CHECK (works >= 0),
    rating             text   NOT NULL CHECK (rating IN ('high', 'good', 'average', 'poor')),
    proposed_level     text,                -- commendation level proposed, if any
    years_sustained    int    NOT NULL DEFAULT 0 CHECK (years_sustained >= 0),
    note               text,
    version            int    NOT NULL DEFAULT 1,
    batch_id           bigint NOT NULL,
    received_at        timestamptz NOT NULL,
    late               boolean NOT NULL DEFAULT false,
    PRIMARY KEY (province_id, model_id, period_id),
    FOREIGN KEY (province_id, model_id) REFERENCES model (province_id, id),
    FOREIGN KEY (province_id, period_id) REFERENCES campaign_period (province_id, id),
    FOREIGN KEY (province_id, batch_id) REFERENCES batch (province_id, id)
);
CREATE INDEX model_result_period ON model_result (province_id, campaign_id, period_id, unit_id);

CREATE TABLE model_result_version (
    province_id     bigint NOT NULL,
    model_id        bigint NOT NULL,
    period_id       bigint NOT NULL,
    version         int    NOT NULL,
    batch_id        bigint NOT NULL,
    row_number      int,
    received_at     timestamptz NOT NULL,
    results         text,
    households      int    NOT NULL,
    people          int    NOT NULL,
    funds_vnd       bigint NOT NULL,
    works           int    NOT NULL,
    rating          text   NOT NULL,
    proposed_level  text,
    years_sustained int    NOT NULL,
    note            text,
    PRIMARY KEY (province_id, model_id, period_id, version),
    FOREIGN KEY (province_id, batch_id) REFERENCES batch (province_id, id)
);

-- Chỉ số đơn vị per period: villages, coverage, satisfaction and the "1+10" assignments of seed 002.
CREATE TABLE unit_indicator (
    province_id          bigint NOT NULL,
    campaign_id          bigint NOT NULL,
    period_id            bigint NOT NULL,
    unit_id              bigint NOT NULL,
    villages             int    NOT NULL CHECK (villages >= 0),
    villages_with_model  int    NOT NULL CHECK (villages_with_model >= 0),
    satisfaction_pct     numeric(5, 2) CHECK (satisfaction_pct BETWEEN 0 AND 100),
    party_members_1plus10 int   NOT NULL DEFAULT 0 CHECK (party_members_1plus10 >= 0),
    households_1plus10   int    NOT NULL DEFAULT 0 CHECK (households_1plus10 >= 0),
    note                 text,
    version              int    NOT NULL DEFAULT 1,
    batch_id             bigint NOT NULL,
    received_at          timestamptz NOT NULL,
    late                 boolean NOT NULL DEFAULT false,
    PRIMARY KEY (province_id, campaign_id, period_id, unit_id),
    FOREIGN KEY (province_id, unit_id) REFERENCES unit (province_id, id),
    FOREIGN KEY (province_id, period_id) REFERENCES campaign_period (province_id, id),
    FOREIGN KEY (province_id, batch_id) REFERENCES batch (province_id, id),
    CHECK (villages_with_model <= villages)
);

CREATE TABLE unit_indicator_version (
    province_id           bigint NOT NULL,
    campaign_id           bigint NOT NULL,
    period_id             bigint NOT NULL,
    unit_id               bigint NOT NULL,
    version               int    NOT NULL,
    batch_id              bigint NOT NULL,
    row_number            int,
    received_at           timestamptz NOT NULL,
    villages              int    NOT NULL,
    villages_with_model   int    NOT NULL,
    satisfaction_pct      numeric(5, 2),
    party_members_1plus10 int    NOT NULL,
    households_1plus10    int    NOT NULL,
    note                  text,
    PRIMARY KEY (province_id, campaign_id, period_id, unit_id, version),
    FOREIGN KEY (province_id, batch_id) REFERENCES batch (province_id, id)
);

-- Who submitted which form for which period, and when first: the submission board and "late / missing".
CREATE TABLE submission (
    province_id       bigint NOT NULL,
    campaign_id       bigint NOT NULL,
    period_id         bigint NOT NULL,
    unit_id           bigint NOT NULL,
    kind              text   NOT NULL CHECK (kind IN ('registrations', 'results', 'indicators')),
    first_received_at timestamptz NOT NULL,
    last_received_at  timestamptz NOT NULL,
    late              boolean NOT NULL,     -- first receipt after the period's due date for the form
    PRIMARY KEY (province_id, campaign_id, period_id, kind, unit_id),
    FOREIGN KEY (province_id, unit_id) REFERENCES unit (province_id, id),
    FOREIGN KEY (province_id, period_id) REFERENCES campaign_period (province_id, id)
);
