package dvk.ingest;

import dvk.campaigns.Campaign;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Đăng ký mô hình in the Mẫu M2 layout: one row per model, section rows "I. Tập thể" / "II. Cá nhân" setting
 * the registrant type, one column per campaign field marked "1" or "x". A model is the same model again when
 * its code matches, or else its (unit, registrant, model name) in comparison form.
 */
final class RegistrationForm implements Form {

    /** The id of the pseudo-column "the campaign's field columns", reported missing when none is present. */
    static final String FIELDS = "fields";

    static final Column TT = Column.of("tt", "TT", "tt", false, "STT", "Số thứ tự");
    static final Column MODEL_CODE = Column.of("model_code", "Mã mô hình", "ma_mo_hinh", false);
    static final Column UNIT = Column.of("unit", "Mã đơn vị", "ma_don_vi", true);
    static final Column REGISTRANT = Column.of("registrant", "Tên tập thể, cá nhân", "ten_tap_the_ca_nhan", true);
    static final Column TYPE = Column.of("type", "Loại", "loai", false, "Tập thể / cá nhân");
    static final Column MODEL = Column.of("model", "Tên mô hình", "ten_mo_hinh", true);
    static final Column FORM = Column.of("form", "Hình thức thực hiện", "hinh_thuc", false);
    static final Column TIME = Column.of("time", "Thời gian thực hiện", "thoi_gian", false);
    static final Column EXPECTED = Column.of("expected", "Dự kiến kết quả", "du_kien_ket_qua", false);
    static final Column STATUS = Column.of("status", "Tình trạng", "tinh_trang", false);
    static final Column NOTE = Column.of("note", "Ghi chú", "ghi_chu", false);
    /** The code of the model this one copies ("nhân rộng"), as the other unit gave it (docs/models.md). */
    static final Column REPLICATES = Column.of(
            "replicates", "Nhân rộng từ mô hình", "nhan_rong_tu", false, "replicates", "Mã mô hình nhân rộng");

    /** A checked row as staged; {@code fieldIds} is a {@code bigint[]} literal. */
    record Staged(
            long row,
            String unit,
            String code,
            String type,
            String registrant,
            String model,
            String fieldIds,
            String form,
            String time,
            String expected,
            String status,
            String note,
            String replicates) {}

    static final StagingTable<Staged> STAGING = new StagingTable<>(
            StageColumn.of("row_number", "bigint", Staged::row),
            StageColumn.of("unit_code", "text", Staged::unit),
            StageColumn.of("model_code", "text", Staged::code),
            StageColumn.of("registrant_type", "text", Staged::type),
            StageColumn.of("registrant_name", "text", Staged::registrant),
            StageColumn.of("registrant_key", "text", (Staged r) -> Texts.key(r.registrant())),
            StageColumn.of("model_name", "text", Staged::model),
            StageColumn.of("model_key", "text", (Staged r) -> Texts.key(r.model())),
            StageColumn.of("field_ids", "bigint[]", Staged::fieldIds),
            StageColumn.of("implementation_form", "text", Staged::form),
            StageColumn.of("time_frame", "text", Staged::time),
            StageColumn.of("expected_result", "text", Staged::expected),
            StageColumn.of("status", "text", Staged::status),
            StageColumn.of("note", "text", Staged::note),
            StageColumn.of("replicates_code", "text", Staged::replicates));

    private final List<Campaign.FieldRef> fields;
    private final List<Column> fieldColumns;
    private final List<Column> columns;
    private String sectionType;

    RegistrationForm(Campaign campaign) {
        this.fields = campaign.fields();
        this.fieldColumns = fields.stream()
                .map(f ->
                        Column.of(f.field().code(), f.field().name(), f.field().code(), false))
                .toList();
        List<Column> all = new ArrayList<>(List.of(TT, MODEL_CODE, UNIT, REGISTRANT, TYPE, MODEL));
        all.addAll(fieldColumns);
        all.addAll(List.of(FORM, TIME, EXPECTED, STATUS, NOTE, REPLICATES));
        this.columns = List.copyOf(all);
    }

    @Override
    public BatchKind kind() {
        return BatchKind.REGISTRATIONS;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public List<Column> missing(Set<String> present) {
        List<Column> missing = new ArrayList<>();
        for (Column column : List.of(UNIT, REGISTRANT, MODEL)) {
            if (!present.contains(column.id())) {
                missing.add(column);
            }
        }
        if (fieldColumns.stream().noneMatch(c -> present.contains(c.id()))) {
            String codes =
                    String.join(", ", fieldColumns.stream().map(Column::alias).toList());
            missing.add(Column.of(FIELDS, codes, FIELDS, true));
        }
        return missing;
    }

    @Override
    public StagingTable<Staged> staging() {
        return STAGING;
    }

    @Override
    public boolean stage(Cells cells, CopyLine line, RowErrors errors) {
        long row = cells.row();
        String unit = cells.get(UNIT.id());
        String registrant = cells.get(REGISTRANT.id());
        String model = cells.get(MODEL.id());
        String code = cells.get(MODEL_CODE.id());
        if (section(cells) || unit == null && registrant == null && model == null && code == null) {
            return false;
        }
        required(row, UNIT, unit, errors);
        required(row, REGISTRANT, registrant, errors);
        required(row, MODEL, model, errors);
        String typeCell = cells.get(TYPE.id());
        String type = typeCell == null ? sectionType : Values.registrantType(typeCell);
        if (type == null) {
            errors.add(row, TYPE, typeCell, IngestErrorCode.INVALID_TYPE, row);
        }
        String statusCell = cells.get(STATUS.id());
        String status = Values.status(statusCell);
        if (status == null) {
            errors.add(row, STATUS, statusCell, IngestErrorCode.INVALID_STATUS, row);
        }
        StringBuilder fieldIds = new StringBuilder("{");
        for (int i = 0; i < fields.size(); i++) {
            Column column = fieldColumns.get(i);
            String mark = cells.get(column.id());
            try {
                if (Values.mark(mark)) {
                    fieldIds.append(fieldIds.length() > 1 ? "," : "")
                            .append(fields.get(i).id());
                }
            } catch (Values.BadValue e) {
                errors.add(row, column, mark, IngestErrorCode.INVALID_MARK, row, column.header());
            }
        }
        if (fieldIds.length() == 1 && !errors.rejects(row)) {
            errors.add(row, null, null, IngestErrorCode.NO_FIELD, row);
        }
        if (errors.rejects(row)) {
            return true;
        }
        STAGING.write(
                line,
                new Staged(
                        row,
                        unit,
                        code,
                        type,
                        registrant,
                        model,
                        fieldIds.append('}').toString(),
                        cells.get(FORM.id()),
                        cells.get(TIME.id()),
                        cells.get(EXPECTED.id()),
                        status,
                        cells.get(NOTE.id()),
                        cells.get(REPLICATES.id())));
        return true;
    }

    /**
     * A section row ("I" + "Tập thể", or "II. Cá nhân" in one cell) has at most two cells filled, whichever
     * columns they fall in; it sets the registrant type of the rows below it.
     */
    private boolean section(Cells cells) {
        int filled = 0;
        for (String value : cells.values()) {
            filled += value == null || value.isBlank() ? 0 : 1;
        }
        if (filled == 0 || filled > 2) {
            return false;
        }
        for (String value : cells.values()) {
            String type = Values.registrantType(Texts.key(value).replaceFirst("^(i|ii|[0-9]+) ", ""));
            if (type != null) {
                sectionType = type;
                return true;
            }
        }
        return false;
    }

    static void required(long row, Column column, String value, RowErrors errors) {
        if (value == null) {
            errors.add(row, column, null, IngestErrorCode.REQUIRED, row, column.header());
        }
    }

    @Override
    public String resolve() {
        return """
                CREATE TEMP TABLE ingest_resolved ON COMMIT DROP AS
                WITH matched AS (
                    SELECT s.*, u.id AS unit_id,
                           bc.id AS code_model, coalesce(bc.ambiguous, false) AS code_ambiguous,
                           bi.id AS identity_model, bi.code AS identity_code
                      FROM ingest_stage s
                      LEFT JOIN unit u ON %2$s
                      LEFT JOIN LATERAL (%1$s) bc ON s.model_code IS NOT NULL
                      LEFT JOIN model bi ON bi.province_id = :province AND bi.campaign_id = :campaign
                                        AND bi.unit_id = u.id AND bi.registrant_key = s.registrant_key
                                        AND bi.model_key = s.model_key
                )
                SELECT x.*,
                       m.id IS NULL AS is_new,
                       coalesce(m.id, nextval('model_id_seq')) AS target,
                       (m.id IS NULL OR m.withdrawn_at IS NOT NULL
                        OR (m.unit_id, m.registrant_type, m.registrant_name, m.model_name, m.field_ids,
                            m.implementation_form, m.time_frame, m.expected_result, m.status, m.note,
                            m.replicates_code)
                           IS DISTINCT FROM
                           (x.unit_id, x.registrant_type, x.registrant_name, x.model_name, x.field_ids,
                            x.implementation_form, x.time_frame, x.expected_result, x.status, x.note,
                            x.replicates_code)) AS changed,
                       false AS rejected
                  FROM matched x
                  LEFT JOIN model m ON m.province_id = :province AND m.id = coalesce(x.code_model, x.identity_model)
                """.formatted(Scope.modelByCode("u.id"), Scope.UNIT_OF_ROW);
    }

    @Override
    public List<String> errors() {
        return List.of(
                Scope.UNIT_ERRORS,
                """
                INSERT INTO ingest_error (row_number, code, col, value, other)
                SELECT row_number, 'code-ambiguous', 'model_code', model_code, NULL
                  FROM ingest_resolved WHERE code_ambiguous
                """,
                """
                INSERT INTO ingest_error (row_number, code, col, value, other)
                SELECT row_number, 'code-conflict', 'model_code', identity_code, NULL
                  FROM ingest_resolved
                 WHERE model_code IS NOT NULL AND identity_model IS NOT NULL AND identity_code <> model_code
                """,
                Scope.duplicates("unit_code, registrant_key, model_key", "true"),
                Scope.duplicates("model_code", "model_code IS NOT NULL"));
    }

    @Override
    public List<String> inserts() {
        return List.of("""
                INSERT INTO model (province_id, id, campaign_id, unit_id, period_id, code, registrant_type,
                                   registrant_name, registrant_key, model_name, model_key, field_ids,
                                   implementation_form, time_frame, expected_result, status, note, version,
                                   batch_id, received_at, late, row_number, replicates_code)
                SELECT :province, target, :campaign, unit_id, :period, coalesce(model_code, 'M' || target),
                       registrant_type, registrant_name, registrant_key, model_name, model_key, field_ids,
                       implementation_form, time_frame, expected_result, status, note, 1,
                       :batch, :received, :late, row_number, replicates_code
                  FROM ingest_resolved WHERE is_new AND NOT rejected
                """);
    }

    @Override
    public List<String> updates() {
        return List.of(KEEP_VERSION.formatted("""
                (SELECT target AS id FROM ingest_resolved WHERE NOT is_new AND changed AND NOT rejected)"""), """
                UPDATE model m
                   SET unit_id = r.unit_id, registrant_type = r.registrant_type, registrant_name = r.registrant_name,
                       registrant_key = r.registrant_key, model_name = r.model_name, model_key = r.model_key,
                       field_ids = r.field_ids, implementation_form = r.implementation_form,
                       time_frame = r.time_frame, expected_result = r.expected_result, status = r.status,
                       note = r.note, version = m.version + 1, batch_id = :batch, received_at = :received,
                       late = :late, withdrawn_at = NULL, withdrawn_batch_id = NULL, row_number = r.row_number,
                       replicates_code = r.replicates_code, merged_into_id = NULL
                  FROM ingest_resolved r
                 WHERE m.province_id = :province AND m.id = r.target
                   AND NOT r.is_new AND r.changed AND NOT r.rejected
                """, """
                UPDATE model_result t SET unit_id = r.unit_id
                  FROM ingest_resolved r
                 WHERE t.province_id = :province AND t.model_id = r.target
                   AND NOT r.is_new AND r.changed AND NOT r.rejected AND t.unit_id <> r.unit_id
                """);
    }

    /** Copies the current version of the models selected as {@code x(id)} into model_version (V43's view). */
    static final String KEEP_VERSION = """
            INSERT INTO model_version (province_id, model_id, version, batch_id, row_number, received_at, unit_id,
                                       registrant_type, registrant_name, model_name, field_ids, implementation_form,
                                       time_frame, expected_result, status, note, withdrawn)
            SELECT c.province_id, c.model_id, c.version, c.batch_id, c.row_number, c.received_at, c.unit_id,
                   c.registrant_type, c.registrant_name, c.model_name, c.field_ids, c.implementation_form,
                   c.time_frame, c.expected_result, c.status, c.note, c.withdrawn
              FROM model_current_version c JOIN %s x ON c.province_id = :province AND c.model_id = x.id
            """;

    /**
     * Registrations of this period, of the units the file lists, that no row of the file names: what
     * {@code replace=true} withdraws. Rows rejected in a valid-only batch still protect their model.
     */
    static final String WITHDRAWALS = """
            CREATE TEMP TABLE ingest_withdrawn ON COMMIT DROP AS
            SELECT m.id, m.code, u.code AS unit_code, m.registrant_name, m.model_name
              FROM model m
              JOIN unit u ON u.province_id = m.province_id AND u.id = m.unit_id
             WHERE m.province_id = :province AND m.campaign_id = :campaign AND m.period_id = :period
               AND m.withdrawn_at IS NULL
               AND m.unit_id IN (SELECT unit_id FROM ingest_resolved WHERE unit_id IS NOT NULL)
               AND NOT EXISTS (SELECT 1 FROM ingest_resolved r WHERE r.target = m.id)
            """;

    static final List<String> WITHDRAW = List.of(KEEP_VERSION.formatted("ingest_withdrawn"), """
            UPDATE model m SET withdrawn_at = :received, withdrawn_batch_id = :batch, version = m.version + 1,
                               row_number = NULL
              FROM ingest_withdrawn w WHERE m.province_id = :province AND m.id = w.id
            """);
}
