-- The administrative hierarchy as data: both the 3-level (until 2025-06-30) and the 2-level (from 2025-07-01)
-- structures live side by side, so a unit's identity is its code plus its validity.
CREATE EXTENSION IF NOT EXISTS ltree;

CREATE SEQUENCE unit_id_seq;

CREATE TABLE unit (
    province_id bigint NOT NULL,            -- the tenant root; equals id for a province
    id          bigint NOT NULL DEFAULT nextval('unit_id_seq'),
    code        text   NOT NULL,            -- GSO code, or a system code for villages and agencies
    name        text   NOT NULL,
    level       text   NOT NULL CHECK (level IN ('province', 'district', 'commune', 'village', 'agency')),
    type        text   NOT NULL,            -- Tỉnh, Huyện, Xã, Phường, Thôn, Cơ quan …
    parent_id   bigint,
    path        ltree  NOT NULL,            -- ids from the province down, e.g. 12.340.5678
    valid_from  date   NOT NULL,
    valid_to    date,                       -- last day in force; null while still in force
    PRIMARY KEY (province_id, id),
    FOREIGN KEY (province_id, parent_id) REFERENCES unit (province_id, id),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK ((level = 'province') = (parent_id IS NULL))
);
CREATE UNIQUE INDEX unit_code_validity ON unit (code, valid_from);
CREATE UNIQUE INDEX unit_id ON unit (id);
CREATE INDEX unit_parent ON unit (province_id, parent_id);
CREATE INDEX unit_path ON unit USING gist (path);

-- Which old unit went into which new one on 2025-07-01; kept for later cross-structure comparisons.
CREATE TABLE unit_mapping (
    old_code  text NOT NULL,
    new_code  text NOT NULL,
    old_level text NOT NULL,
    new_level text NOT NULL,
    coverage  text NOT NULL,
    evidence  text,
    old_name  text NOT NULL,
    new_name  text NOT NULL
);
CREATE INDEX unit_mapping_old ON unit_mapping (old_code);
CREATE INDEX unit_mapping_new ON unit_mapping (new_code);

CREATE TABLE app_user (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      text   NOT NULL UNIQUE,
    password_hash text   NOT NULL,
    role          text   NOT NULL CHECK (role IN ('viewer', 'submitter', 'manager', 'admin')),
    display_name  text   NOT NULL,
    province_id   bigint,
    unit_id       bigint,
    created_at    timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (province_id, unit_id) REFERENCES unit (province_id, id),
    CHECK ((role = 'admin') = (unit_id IS NULL))
);

-- One-time start-up steps (unit lists, demo) that must never run twice, even with several instances.
CREATE TABLE start_step (
    name    text PRIMARY KEY,
    done_at timestamptz NOT NULL DEFAULT now()
);
