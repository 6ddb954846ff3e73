package dvk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Báo cáo kết quả (Mẫu M3): one row per registered model for the period, the model found by its code or by
 * (unit, registrant, model name) as registered.
 */
final class ResultForm implements Form {

    static final Column MODEL_CODE = RegistrationForm.MODEL_CODE;
    static final Column UNIT = Column.of("unit", "Mã đơn vị", "ma_don_vi", false);
    static final Column REGISTRANT = Column.of("registrant", "Tên tập thể, cá nhân", "ten_tap_the_ca_nhan", false);
    static final Column MODEL = Column.of("model", "Tên mô hình", "ten_mo_hinh", false);
    static final Column RESULTS = Column.of("results", "Kết quả đạt được", "ket_qua", false);
    static final Column HOUSEHOLDS = Column.of("households", "Số hộ", "so_ho", false);
    static final Column PEOPLE = Column.of("people", "Số người", "so_nguoi", false);
    static final Column FUNDS = Column.of("funds", "Kinh phí huy động (đồng)", "kinh_phi", false);
    static final Column WORKS = Column.of("works", "Số công trình, phần việc", "so_cong_trinh", false);
    static final Column RATING = Column.of("rating", "Hiệu quả", "hieu_qua", true);
    static final Column PROPOSED = Column.of("proposed", "Đề nghị khen thưởng", "de_nghi_khen_thuong", false);
    static final Column YEARS = Column.of("years", "Số năm duy trì", "so_nam_duy_tri", false);
    static final Column NOTE = Column.of("note", "Ghi chú", "ghi_chu", false);
    private static final List<Column> COLUMNS = List.of(
            MODEL_CODE,
            UNIT,
            REGISTRANT,
            MODEL,
            RESULTS,
            HOUSEHOLDS,
            PEOPLE,
            FUNDS,
            WORKS,
            RATING,
            PROPOSED,
            YEARS,
            NOTE);

    /** A checked row as staged. */
    record Staged(
            long row,
            String code,
            String unit,
            String registrant,
            String model,
            String results,
            Long households,
            Long people,
            Long funds,
            Long works,
            String rating,
            String proposed,
            Long years,
            String note) {}

    static final StagingTable<Staged> STAGING = new StagingTable<>(
            StageColumn.of("row_number", "bigint", Staged::row),
            StageColumn.of("model_code", "text", Staged::code),
            StageColumn.of("unit_code", "text", Staged::unit),
            StageColumn.of("registrant_name", "text", Staged::registrant),
            StageColumn.of("registrant_key", "text", (Staged r) -> Texts.key(r.registrant())),
            StageColumn.of("model_name", "text", Staged::model),
            StageColumn.of("model_key", "text", (Staged r) -> Texts.key(r.model())),
            StageColumn.of("results", "text", Staged::results),
            StageColumn.of("households", "int", Staged::households),
            StageColumn.of("people", "int", Staged::people),
            StageColumn.of("funds_vnd", "bigint", Staged::funds),
            StageColumn.of("works", "int", Staged::works),
            StageColumn.of("rating", "text", Staged::rating),
            StageColumn.of("proposed_level", "text", Staged::proposed),
            StageColumn.of("years_sustained", "int", Staged::years),
            StageColumn.of("note", "text", Staged::note));

    @Override
    public BatchKind kind() {
        return BatchKind.RESULTS;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public List<Column> missing(Set<String> present) {
        List<Column> missing = new ArrayList<>();
        if (!present.contains(MODEL_CODE.id())) {
            for (Column column : List.of(UNIT, REGISTRANT, MODEL)) {
                if (!present.contains(column.id())) {
                    missing.add(column);
                }
            }
        }
        if (!present.contains(RATING.id())) {
            missing.add(RATING);
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
        String code = cells.get(MODEL_CODE.id());
        String unit = cells.get(UNIT.id());
        String registrant = cells.get(REGISTRANT.id());
        String model = cells.get(MODEL.id());
        if (cells.blank()) {
            return false;
        }
        if (code == null) {
            RegistrationForm.required(row, UNIT, unit, errors);
            RegistrationForm.required(row, REGISTRANT, registrant, errors);
            RegistrationForm.required(row, MODEL, model, errors);
        }
        String ratingCell = cells.get(RATING.id());
        String rating = Values.rating(ratingCell);
        if (rating == null) {
            errors.add(row, RATING, ratingCell, IngestErrorCode.INVALID_RATING, row);
        }
        Long households = count(cells, HOUSEHOLDS, errors);
        Long people = count(cells, PEOPLE, errors);
        Long funds = count(cells, FUNDS, errors);
        Long works = count(cells, WORKS, errors);
        Long years = count(cells, YEARS, errors);
        if (errors.rejects(row)) {
            return true;
        }
        // a model named by its code is found by it alone: the unit cell is not staged
        STAGING.write(
                line,
                new Staged(
                        row,
                        code,
                        code == null ? unit : null,
                        registrant,
                        model,
                        cells.get(RESULTS.id()),
                        households,
                        people,
                        funds,
                        works,
                        rating,
                        cells.get(PROPOSED.id()),
                        years,
                        cells.get(NOTE.id())));
        return true;
    }

    /** A count column; blank means none (0). Only money may exceed the range of a 32-bit count. */
    static Long count(Cells cells, Column column, RowErrors errors) {
        String value = cells.get(column.id());
        try {
            Long count = Values.count(value);
            if (count != null && column != FUNDS && count > Integer.MAX_VALUE) {
                throw new Values.BadValue();
            }
            return count == null ? 0L : count;
        } catch (Values.BadValue e) {
            errors.add(cells.row(), column, value, IngestErrorCode.INVALID_NUMBER, cells.row(), column.header());
            return 0L;
        }
    }

    @Override
    public String resolve() {
        return """
                CREATE TEMP TABLE ingest_resolved ON COMMIT DROP AS
                WITH matched AS (
                    SELECT s.*, coalesce(bc.id, bi.id) AS model_id, coalesce(bc.ambiguous, false) AS code_ambiguous
                      FROM ingest_stage s
                      LEFT JOIN LATERAL (%2$s) bc ON s.model_code IS NOT NULL
                      LEFT JOIN unit u ON s.model_code IS NULL AND u.province_id = :province AND u.code = s.unit_code
                                      AND u.valid_from <= :day AND (u.valid_to IS NULL OR u.valid_to >= :day)
                      LEFT JOIN model bi ON bi.province_id = :province AND bi.campaign_id = :campaign
                                        AND bi.unit_id = u.id AND bi.registrant_key = s.registrant_key
                                        AND bi.model_key = s.model_key
                )
                SELECT x.*, mu.id AS unit_id, mu.id IS NOT NULL AND r.model_id IS NULL AS is_new,
                       CASE WHEN mu.id IS NOT NULL THEN x.model_id END AS target,
                       (r.model_id IS NULL
                        OR (r.results, r.households, r.people, r.funds_vnd, r.works, r.rating, r.proposed_level,
                            r.years_sustained, r.note)
                           IS DISTINCT FROM
                           (x.results, x.households, x.people, x.funds_vnd, x.works, x.rating, x.proposed_level,
                            x.years_sustained, x.note)) AS changed,
                       false AS rejected
                  FROM matched x
                  LEFT JOIN model m ON m.province_id = :province AND m.id = x.model_id
                  LEFT JOIN unit mu ON mu.province_id = m.province_id AND mu.id = m.unit_id AND %s
                  LEFT JOIN model_result r ON r.province_id = :province AND r.model_id = x.model_id
                                          AND r.period_id = :period
                """.formatted(Scope.WRITABLE.formatted("mu"), Scope.modelByCode("NULL"));
    }

    @Override
    public List<String> errors() {
        return List.of("""
                INSERT INTO ingest_error (row_number, code, col, value, other)
                SELECT row_number, 'model-unknown', CASE WHEN model_code IS NULL THEN 'model' ELSE 'model_code' END,
                       coalesce(model_code, unit_code || ' / ' || registrant_name || ' / ' || model_name), NULL
                  FROM ingest_resolved WHERE target IS NULL AND NOT code_ambiguous
                """, """
                INSERT INTO ingest_error (row_number, code, col, value, other)
                SELECT row_number, 'code-ambiguous', 'model_code', model_code, NULL
                  FROM ingest_resolved WHERE code_ambiguous
                """, Scope.duplicates("target", "target IS NOT NULL"));
    }

    @Override
    public List<String> inserts() {
        return List.of("""
                INSERT INTO model_result (province_id, model_id, period_id, campaign_id, unit_id, results, households,
                                          people, funds_vnd, works, rating, proposed_level, years_sustained, note,
                                          version, batch_id, received_at, late, row_number)
                SELECT :province, target, :period, :campaign, unit_id, results, households, people, funds_vnd, works,
                       rating, proposed_level, years_sustained, note, 1, :batch, :received, :late, row_number
                  FROM ingest_resolved WHERE is_new AND NOT rejected
                """);
    }

    @Override
    public List<String> updates() {
        return List.of("""
                INSERT INTO model_result_version (province_id, model_id, period_id, version, batch_id, row_number,
                                                  received_at, results, households, people, funds_vnd, works, rating,
                                                  proposed_level, years_sustained, note)
                SELECT t.province_id, t.model_id, t.period_id, t.version, t.batch_id, t.row_number, t.received_at,
                       t.results, t.households, t.people, t.funds_vnd, t.works, t.rating, t.proposed_level,
                       t.years_sustained, t.note
                  FROM model_result t
                  JOIN ingest_resolved r ON t.province_id = :province AND t.model_id = r.target
                                        AND t.period_id = :period
                 WHERE NOT r.is_new AND r.changed AND NOT r.rejected
                """, """
                UPDATE model_result t
                   SET unit_id = r.unit_id, results = r.results, households = r.households, people = r.people,
                       funds_vnd = r.funds_vnd, works = r.works, rating = r.rating, proposed_level = r.proposed_level,
                       years_sustained = r.years_sustained, note = r.note, version = t.version + 1,
                       batch_id = :batch, received_at = :received, late = :late, row_number = r.row_number
                  FROM ingest_resolved r
                 WHERE t.province_id = :province AND t.model_id = r.target AND t.period_id = :period
                   AND NOT r.is_new AND r.changed AND NOT r.rejected
                """);
    }
}
