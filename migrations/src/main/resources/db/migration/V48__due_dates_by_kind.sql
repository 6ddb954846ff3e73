-- A period's due dates as rows keyed by the form's kind (dvk.ingest.BatchKind) instead of one column per form,
-- so a new form kind is a new row, not a new column read by every query. The dates move unchanged; a form
-- not due in a period has no row (it was a null column).
CREATE TABLE campaign_period_due (
    province_id bigint NOT NULL,
    period_id   bigint NOT NULL,
    kind        text   NOT NULL,
    due         date   NOT NULL,
    PRIMARY KEY (province_id, period_id, kind),
    FOREIGN KEY (province_id, period_id) REFERENCES campaign_period (province_id, id) ON DELETE CASCADE
);

INSERT INTO campaign_period_due (province_id, period_id, kind, due)
SELECT p.province_id, p.id, d.kind, d.due
  FROM campaign_period p
 CROSS JOIN LATERAL (VALUES ('registrations', p.due_registration), ('results', p.due_results),
                            ('indicators', p.due_indicators)) AS d(kind, due)
 WHERE d.due IS NOT NULL;

ALTER TABLE campaign_period DROP COLUMN due_registration, DROP COLUMN due_results, DROP COLUMN due_indicators;
