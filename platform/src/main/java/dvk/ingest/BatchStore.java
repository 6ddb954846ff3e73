package dvk.ingest;

import dvk.access.Caller;
import dvk.access.ScopeSql;
import dvk.campaigns.Campaign;
import dvk.database.NamedSql;
import dvk.errors.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code batch} rows: opened when a batch starts, completed with its report, listed within the reader's scope. */
@Singleton
@Connectable
public class BatchStore {

    private static final String SELECT = """
            SELECT b.id, b.kind, p.code AS period, b.source, b.file_name, b.received_at, usr.username, un.code,
                   b.rows, b.inserted, b.updated, b.unchanged, b.rejected, b.late, b.withdrawn, b.report::text
              FROM batch b
              JOIN app_user usr ON usr.id = b.user_id
              JOIN unit un ON un.province_id = b.province_id AND un.id = b.unit_id
              LEFT JOIN campaign_period p ON p.province_id = b.province_id AND p.id = b.period_id
             WHERE b.province_id = :province AND b.campaign_id = :campaign AND %s
            """.formatted(ScopeSql.reads("un.path"));

    private final JdbcOperations jdbc;
    private final JsonMapper json;

    BatchStore(JdbcOperations jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Opens the batch's row in the batch's transaction; returns its id. */
    long insert(Connection connection, BatchContext context, BatchSource source, @Nullable String fileName) {
        Map<String, Object> values = new HashMap<>();
        values.put("user", context.caller().userId());
        values.put("uploader_unit", context.uploaderUnitId());
        values.put("source", source.sqlName());
        values.put("file_name", fileName);
        return new NamedSql.Bound(connection, context.parameters()).with(values).one("""
                INSERT INTO batch (province_id, campaign_id, kind, period_id, user_id, unit_id, source, file_name,
                                   received_at)
                VALUES (:province, :campaign, :kind, :period, :user, :uploader_unit, :source, :file_name, :received)
                RETURNING id""", rs -> rs.getLong(1));
    }

    void complete(NamedSql.Bound sql, BatchReport report, String contentHash) {
        String reportJson;
        try {
            reportJson = json.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NamedSql.Bound withReport = sql.with(Map.of(
                "rows",
                report.rows(),
                "inserted",
                report.inserted(),
                "updated",
                report.updated(),
                "unchanged",
                report.unchanged(),
                "rejected",
                report.rejected(),
                "late_rows",
                report.late(),
                "withdrawn",
                report.withdrawn(),
                "hash",
                contentHash,
                "report",
                reportJson));
        withReport.update("""
                UPDATE batch SET rows = :rows, inserted = :inserted, updated = :updated, unchanged = :unchanged,
                                 rejected = :rejected, late = :late_rows, withdrawn = :withdrawn,
                                 content_hash = :hash, report = CAST(:report AS jsonb)
                 WHERE province_id = :province AND id = :batch""");
    }

    public List<BatchSummary> list(Caller caller, Campaign campaign) {
        return query(caller, campaign, " ORDER BY b.id DESC LIMIT 500", null).stream()
                .map(BatchView::summary)
                .toList();
    }

    BatchView get(Caller caller, Campaign campaign, long batchId) {
        return query(caller, campaign, " AND b.id = :batch", batchId).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(IngestErrorCode.BATCH_NOT_FOUND, batchId));
    }

    private List<BatchView> query(Caller caller, Campaign campaign, String tail, @Nullable Long batchId) {
        Map<String, Object> values = new HashMap<>();
        values.put("province", campaign.provinceId());
        values.put("campaign", campaign.id());
        values.put(ScopeSql.PARAMETER, caller.readScope());
        values.put("batch", batchId);
        return jdbc.execute(connection -> NamedSql.of(SELECT + tail).query(connection, values, this::view));
    }

    private BatchView view(ResultSet rs) throws SQLException {
        BatchSummary summary = new BatchSummary(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class),
                rs.getString(7),
                rs.getString(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11),
                rs.getInt(12),
                rs.getInt(13),
                rs.getInt(14),
                rs.getInt(15));
        String report = rs.getString(16);
        if (report == null || report.equals("{}")) {
            return new BatchView(summary, null);
        }
        try {
            return new BatchView(summary, json.readValue(report, Argument.of(BatchReport.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored batch as listed: who sent which form for which period, and what it did. */
    @Serdeable
    public record BatchSummary(
            long batchId,
            String kind,
            @Nullable String period,
            String source,
            @Nullable String fileName,
            OffsetDateTime receivedAt,
            String uploadedBy,
            String uploaderUnitCode,
            int rows,
            int inserted,
            int updated,
            int unchanged,
            int rejected,
            int late,
            int withdrawn) {}

    /** One stored batch with its full report (including the rejected rows' errors of a valid-only batch). */
    @Serdeable
    record BatchView(
            BatchSummary summary,

            @Schema(type = "object", nullable = true) @Nullable
            BatchReport report) {}
}
