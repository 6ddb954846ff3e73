-- The current row of a model read as a version: what the history shows last and what a batch copies into
-- model_version before it replaces or withdraws the model. A withdrawn model's current version is its
-- withdrawal, with the withdrawal's batch and time. One definition for both, so they cannot disagree.
CREATE VIEW model_current_version AS
SELECT m.province_id, m.id AS model_id, m.version, coalesce(m.withdrawn_batch_id, m.batch_id) AS batch_id,
       m.row_number, coalesce(m.withdrawn_at, m.received_at) AS received_at, m.unit_id, m.registrant_type,
       m.registrant_name, m.model_name, m.field_ids, m.implementation_form, m.time_frame, m.expected_result,
       m.status, m.note, m.withdrawn_at IS NOT NULL AS withdrawn
  FROM model m;
