-- A campaign that continues the campaigns of the units it succeeded (today's Tỉnh Lào Cai continuing old Lào
-- Cai's and old Yên Bái's): a period code it lacks is read from them, re-based onto its units, so "so với cùng
-- kỳ" and "duy trì từ 2 năm trở lên" reach across the 1/7/2025 reform. Fields are matched by code.
CREATE TABLE campaign_continuation (
    province_id             bigint NOT NULL,
    campaign_id             bigint NOT NULL,
    predecessor_province_id bigint NOT NULL,
    predecessor_id          bigint NOT NULL,
    PRIMARY KEY (province_id, campaign_id, predecessor_id),
    FOREIGN KEY (province_id, campaign_id) REFERENCES campaign (province_id, id),
    FOREIGN KEY (predecessor_province_id, predecessor_id) REFERENCES campaign (province_id, id),
    CHECK (campaign_id <> predecessor_id)
);
