package dvk.ingest;

import java.math.BigDecimal;
import java.util.List;

/** Chỉ số đơn vị: one row per unit for the period — villages, coverage, satisfaction, "1+10" assignments. */
final class IndicatorForm implements Form {

    static final Column UNIT = Column.of("unit", "Mã đơn vị", "ma_don_vi", true);
    static final Column VILLAGES = Column.of("villages", "Số thôn, tổ dân phố", "so_thon", true);
    static final Column WITH_MODEL = Column.of("with_model", "Số thôn có mô hình", "so_thon_co_mo_hinh", true);
    static final Column SATISFACTION = Column.of("satisfaction", "Tỷ lệ hài lòng (%)", "ty_le_hai_long", false);
    static final Column MEMBERS = Column.of("members", "Số đảng viên \"1+10\"", "so_dang_vien_1_10", false);
    static final Column HOUSEHOLDS = Column.of("households", "Số hộ \"1+10\"", "so_ho_1_10", false);
    static final Column NOTE = Column.of("note", "Ghi chú", "ghi_chu", false);
    private static final List<Column> COLUMNS =
            List.of(UNIT, VILLAGES, WITH_MODEL, SATISFACTION, MEMBERS, HOUSEHOLDS, NOTE);

    /** A checked row as staged. */
    record Staged(
            long row,
            String unit,
            Long villages,
            Long withModel,
            BigDecimal satisfaction,
            Long members,
            Long households,
            String note) {}

    static final StagingTable<Staged> STAGING = new StagingTable<>(
            StageColumn.of("row_number", "bigint", Staged::row),
            StageColumn.of("unit_code", "text", Staged::unit),
            StageColumn.of("villages", "int", Staged::villages),
            StageColumn.of("villages_with_model", "int", Staged::withModel),
            StageColumn.of("satisfaction_pct", "numeric(5, 2)", Staged::satisfaction),
            StageColumn.of("party_members_1plus10", "int", Staged::members),
            StageColumn.of("households_1plus10", "int", Staged::households),
            StageColumn.of("note", "text", Staged::note));

    @Override
    public BatchKind kind() {
        return BatchKind.INDICATORS;
    }

    @Override
    public List<Column> columns() {
        return COLUMNS;
    }

    @Override
    public StagingTable<Staged> staging() {
        return STAGING;
    }

    @Override
    public boolean stage(Cells cells, CopyLine line, RowErrors errors) {
        long row = cells.row();
        if (cells.blank()) {
            return false;
        }
        String unit = cells.get(UNIT.id());
        RegistrationForm.required(row, UNIT, unit, errors);
        RegistrationForm.required(row, VILLAGES, cells.get(VILLAGES.id()), errors);
        RegistrationForm.required(row, WITH_MODEL, cells.get(WITH_MODEL.id()), errors);
        Long villages = ResultForm.count(cells, VILLAGES, errors);
        Long withModel = ResultForm.count(cells, WITH_MODEL, errors);
        Long members = ResultForm.count(cells, MEMBERS, errors);
        Long households = ResultForm.count(cells, HOUSEHOLDS, errors);
        String satisfactionCell = cells.get(SATISFACTION.id());
        BigDecimal satisfaction = null;
        try {
            satisfaction = Values.percent(satisfactionCell);
        } catch (Values.BadValue e) {
            errors.add(
                    row, SATISFACTION, satisfactionCell, IngestErrorCode.INVALID_PERCENT, row, SATISFACTION.header());
        }
        if (!errors.rejects(row) && withModel > villages) {
            errors.add(row, WITH_MODEL, cells.get(WITH_MODEL.id()), IngestErrorCode.VILLAGES_EXCEEDED, row);
        }
        if (errors.rejects(row)) {
            return true;
        }
        STAGING.write(
                line,
                new Staged(row, unit, villages, withModel, satisfaction, members, households, cells.get(NOTE.id())));
        return true;
    }

    @Override
    public String resolve() {
        return """
                CREATE TEMP TABLE ingest_resolved ON COMMIT DROP AS
                SELECT s.*, u.id AS unit_id, u.id AS target, u.id IS NOT NULL AND i.unit_id IS NULL AS is_new,
                       (i.unit_id IS NULL
                        OR (i.villages, i.villages_with_model, i.satisfaction_pct, i.party_members_1plus10,
                            i.households_1plus10, i.note)
                           IS DISTINCT FROM
                           (s.villages, s.villages_with_model, s.satisfaction_pct, s.party_members_1plus10,
                            s.households_1plus10, s.note)) AS changed,
                       false AS rejected
                  FROM ingest_stage s
                  LEFT JOIN unit u ON %s
                  LEFT JOIN unit_indicator i ON i.province_id = :province AND i.campaign_id = :campaign
                                            AND i.period_id = :period AND i.unit_id = u.id
                """.formatted(Scope.UNIT_OF_ROW);
    }

    @Override
    public List<String> errors() {
        return List.of(Scope.UNIT_ERRORS, Scope.duplicates("unit_code", "true"));
    }

    @Override
    public List<String> inserts() {
        return List.of("""
                INSERT INTO unit_indicator (province_id, campaign_id, period_id, unit_id, villages, villages_with_model,
                                            satisfaction_pct, party_members_1plus10, households_1plus10, note,
                                            version, batch_id, received_at, late, row_number)
                SELECT :province, :campaign, :period, unit_id, villages, villages_with_model, satisfaction_pct,
                       party_members_1plus10, households_1plus10, note, 1, :batch, :received, :late, row_number
                  FROM ingest_resolved WHERE is_new AND NOT rejected
                """);
    }

    @Override
    public List<String> updates() {
        return List.of("""
                INSERT INTO unit_indicator_version (province_id, campaign_id, period_id, unit_id, version, batch_id,
                                                    row_number, received_at, villages, villages_with_model,
                                                    satisfaction_pct, party_members_1plus10, households_1plus10, note)
                SELECT t.province_id, t.campaign_id, t.period_id, t.unit_id, t.version, t.batch_id, t.row_number,
                       t.received_at, t.villages, t.villages_with_model, t.satisfaction_pct, t.party_members_1plus10,
                       t.households_1plus10, t.note
                  FROM unit_indicator t
                  JOIN ingest_resolved r ON t.province_id = :province AND t.campaign_id = :campaign
                                        AND t.period_id = :period AND t.unit_id = r.target
                 WHERE NOT r.is_new AND r.changed AND NOT r.rejected
                """, """
                UPDATE unit_indicator t
                   SET villages = r.villages, villages_with_model = r.villages_with_model,
                       satisfaction_pct = r.satisfaction_pct, party_members_1plus10 = r.party_members_1plus10,
                       households_1plus10 = r.households_1plus10, note = r.note, version = t.version + 1,
                       batch_id = :batch, received_at = :received, late = :late, row_number = r.row_number
                  FROM ingest_resolved r
                 WHERE t.province_id = :province AND t.campaign_id = :campaign AND t.period_id = :period
                   AND t.unit_id = r.target AND NOT r.is_new AND r.changed AND NOT r.rejected
                """);
    }
}
