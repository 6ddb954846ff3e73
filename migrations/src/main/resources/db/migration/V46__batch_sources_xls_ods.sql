-- Batches may now arrive as Excel 97-2003 (.xls) and OpenDocument (.ods) sheets, read like CSV and .xlsx.
ALTER TABLE batch DROP CONSTRAINT batch_source_check;
ALTER TABLE batch ADD CONSTRAINT batch_source_check
    CHECK (source IN ('csv', 'xlsx', 'xls', 'ods', 'json', 'form', 'demo'));
