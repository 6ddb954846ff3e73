package dvk.ingest;

import dvk.access.Caller;
import dvk.access.ScopeSql;
import dvk.database.NamedSql;
import dvk.errors.InvalidException;
import dvk.errors.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every version of a registered model and of its results, each with the batch, user, time and file row. */
@Singleton
@Connectable
public class ModelHistory {

    private static final String MODEL = """
            SELECT m.province_id, m.code, u.code, m.registrant_name, m.model_name, m.withdrawn_at IS NOT NULL
              FROM model m JOIN unit u ON u.province_id = m.province_id AND u.id = m.unit_id
             WHERE m.id = :model AND %s""".formatted(ScopeSql.reads("u.path"));
    // a code repeats across units and campaigns (V45): the caller may narrow it by either
    private static final String BY_CODE = """
            SELECT m.id, c.id, u.code, u.name
              FROM model m
              JOIN unit u ON u.province_id = m.province_id AND u.id = m.unit_id
              JOIN campaign c ON c.province_id = m.province_id AND c.id = m.campaign_id
             WHERE m.code = :code AND (CAST(:campaign AS bigint) IS NULL OR m.campaign_id = :campaign)
               AND (CAST(:unit AS text) IS NULL OR u.code = :unit) AND %s
             ORDER BY c.id, u.code LIMIT 11""".formatted(ScopeSql.reads("u.path"));
    // the earlier versions, then the current one (V43's view)
    private static final String VERSIONS = """
            SELECT v.version, v.batch_id, usr.username, v.received_at, v.row_number, v.registrant_type,
                   v.registrant_name, v.model_name,
                   ARRAY(SELECT f.code FROM campaign_field f WHERE f.province_id = v.province_id
                           AND f.id = ANY (v.field_ids) ORDER BY f.position),
                   v.implementation_form, v.time_frame, v.expected_result, v.status, v.note, v.withdrawn,
                   b.file_name
              FROM (SELECT province_id, version, batch_id, received_at, row_number, registrant_type, registrant_name,
                           model_name, field_ids, implementation_form, time_frame, expected_result, status, note,
                           withdrawn
                      FROM model_version WHERE province_id = :province AND model_id = :model
                    UNION ALL
                    SELECT province_id, version, batch_id, received_at, row_number, registrant_type, registrant_name,
                           model_name, field_ids, implementation_form, time_frame, expected_result, status, note,
                           withdrawn
                      FROM model_current_version WHERE province_id = :province AND model_id = :model) v
              JOIN batch b ON b.province_id = v.province_id AND b.id = v.batch_id
              JOIN app_user usr ON usr.id = b.user_id
             ORDER BY v.version""";
    private static final String RESULTS = """
            SELECT p.code, v.version, v.batch_id, usr.username, v.received_at, v.row_number, v.results, v.households,
                   v.people, v.funds_vnd, v.works, v.rating, v.proposed_level, v.years_sustained, v.note,
                   b.file_name
              FROM (SELECT province_id, period_id, version, batch_id, received_at, row_number, results, households,
                           people, funds_vnd, works, rating, proposed_level, years_sustained, note
                      FROM model_result_version WHERE province_id = :province AND model_id = :model
                    UNION ALL
                    SELECT province_id, period_id, version, batch_id, received_at, row_number, results, households,
                           people, funds_vnd, works, rating, proposed_level, years_sustained, note
                      FROM model_result WHERE province_id = :province AND model_id = :model) v
              JOIN campaign_period p ON p.province_id = v.province_id AND p.id = v.period_id
              JOIN batch b ON b.province_id = v.province_id AND b.id = v.batch_id
              JOIN app_user usr ON usr.id = b.user_id
             ORDER BY p.first_day, p.code, v.version""";

    // the models merged into this one (docs/models.md): their own histories are kept and listed with it
    private static final String MERGED = """
            SELECT o.id FROM model o JOIN unit u ON u.province_id = o.province_id AND u.id = o.unit_id
             WHERE o.province_id = :province AND o.merged_into_id = :model AND %s
             ORDER BY o.id""".formatted(ScopeSql.reads("u.path"));

    private final JdbcOperations jdbc;

    ModelHistory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The history of the model a path names: its id, or its code ("Mã mô hình"), narrowed by campaign or unit
     * where the code repeats within the caller's scope.
     */
    public History of(Caller caller, String idOrCode, @Nullable Long campaign, @Nullable String unit) {
        return of(caller, resolve(caller, idOrCode, campaign, unit));
    }

    /**
     * The id of the model a path names within the caller's scope: an id, or a code narrowed by campaign or unit;
     * not found as for a model that does not exist, or refused with the candidates when the code repeats.
     */
    long resolve(Caller caller, String idOrCode, @Nullable Long campaign, @Nullable String unit) {
        Map<String, Object> values = new HashMap<>();
        values.put("code", idOrCode);
        values.put("campaign", campaign);
        values.put("unit", unit);
        values.put(ScopeSql.PARAMETER, caller.readScope());
        if (!idOrCode.isEmpty() && idOrCode.chars().allMatch(Character::isDigit) && idOrCode.length() < 19) {
            values.put("model", Long.parseLong(idOrCode));
            // a code of digits only ("0012" in a sheet) is read as a code when no model has that id
            if (!jdbc.execute(connection -> new NamedSql.Bound(connection, values).query(MODEL, rs -> true))
                    .isEmpty()) {
                return Long.parseLong(idOrCode);
            }
        }
        List<Candidate> candidates = jdbc.execute(connection -> new NamedSql.Bound(connection, values)
                .query(BY_CODE, rs -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))));
        if (candidates.isEmpty()) {
            throw new NotFoundException(IngestErrorCode.MODEL_NOT_FOUND, idOrCode);
        }
        if (candidates.size() > 1) {
            throw new InvalidException(
                    IngestErrorCode.MODEL_CODE_AMBIGUOUS,
                    idOrCode,
                    candidates.stream()
                            .map(c -> c.unitName() + " (" + c.unitCode() + ", campaign=" + c.campaignId() + ")")
                            .collect(Collectors.joining("; ")));
        }
        return candidates.get(0).modelId();
    }

    private record Candidate(long modelId, long campaignId, String unitCode, String unitName) {}

    /** The model's history, if the caller's scope holds its unit; else not found, like a model that does not exist. */
    History of(Caller caller, long modelId) {
        Map<String, Object> values = new HashMap<>();
        values.put("model", modelId);
        values.put(ScopeSql.PARAMETER, caller.readScope());
        Read read = jdbc.execute(connection -> {
            NamedSql.Bound sql = new NamedSql.Bound(connection, values);
            Header header = sql
                    .query(
                            MODEL,
                            rs -> new Header(
                                    rs.getLong(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getBoolean(6)))
                    .stream()
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException(IngestErrorCode.MODEL_NOT_FOUND, modelId));
            NamedSql.Bound ofModel = sql.with(Map.of("province", header.province()));
            History own = new History(
                    modelId,
                    header.code(),
                    header.unitCode(),
                    header.registrantName(),
                    header.modelName(),
                    header.withdrawn(),
                    ofModel.query(VERSIONS, ModelHistory::version),
                    ofModel.query(RESULTS, ModelHistory::result),
                    ModelLife.of(ofModel),
                    List.of());
            return new Read(own, ofModel.query(MERGED, rs -> rs.getLong(1)));
        });
        // a merged model's history is its own, read the same way; a merge never chains (a survivor is not withdrawn)
        return read.history()
                .withMerged(read.mergedIds().stream().map(id -> of(caller, id)).toList());
    }

    private record Read(History history, List<Long> mergedIds) {}

    private static Version version(ResultSet rs) throws SQLException {
        return new Version(
                rs.getInt(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getObject(4, OffsetDateTime.class),
                (Integer) rs.getObject(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                strings(rs.getArray(9)),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getBoolean(15),
                rs.getString(16));
    }

    private static ResultVersion result(ResultSet rs) throws SQLException {
        return new ResultVersion(
                rs.getString(1),
                rs.getInt(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class),
                (Integer) rs.getObject(6),
                rs.getString(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getLong(10),
                rs.getInt(11),
                rs.getString(12),
                rs.getString(13),
                rs.getInt(14),
                rs.getString(15),
                rs.getString(16));
    }

    /** The model row the history is about. */
    private record Header(
            long province, String code, String unitCode, String registrantName, String modelName, boolean withdrawn) {}

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    /** {@code merged}: the histories of the models merged into this one, each with its versions and results. */
    @Serdeable
    public record History(
            long modelId,
            String code,
            String unitCode,
            String registrantName,
            String modelName,
            boolean withdrawn,
            List<Version> versions,
            List<ResultVersion> results,
            ModelLife.Life life,
            List<History> merged) {

        History withMerged(List<History> histories) {
            return new History(
                    modelId, code, unitCode, registrantName, modelName, withdrawn, versions, results, life, histories);
        }
    }

    /**
     * One version of a registration; {@code withdrawn} marks the version a replace upload wrote; {@code fileName}
     * is the uploaded file's, null for a JSON batch or a web form.
     */
    @Serdeable
    public record Version(
            int version,
            long batchId,
            String user,
            OffsetDateTime receivedAt,
            @Nullable Integer row,
            String registrantType,
            String registrantName,
            String modelName,
            List<String> fields,
            @Nullable String implementationForm,
            @Nullable String timeFrame,
            @Nullable String expectedResult,
            String status,
            @Nullable String note,
            boolean withdrawn,
            @Nullable String fileName) {}

    @Serdeable
    public record ResultVersion(
            String period,
            int version,
            long batchId,
            String user,
            OffsetDateTime receivedAt,
            @Nullable Integer row,
            @Nullable String results,
            int households,
            int people,
            long fundsVnd,
            int works,
            String rating,
            @Nullable String proposedLevel,
            int yearsSustained,
            @Nullable String note,
            @Nullable String fileName) {}
}
