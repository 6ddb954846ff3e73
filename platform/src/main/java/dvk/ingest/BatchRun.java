package dvk.ingest;

import dvk.access.ScopeSql;
import dvk.database.NamedSql;
import dvk.errors.ConflictException;
import dvk.errors.InvalidException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One batch inside its transaction: stream the rows into a staging table with COPY, check them with
 * set-based SQL, merge them, withdraw what {@code replace} asks for, and record the submission. The caller
 * owns the transaction; any exception leaves nothing of the batch behind.
 */
final class BatchRun {

    /** Reads the upload, handing every row to the sink. */
    @FunctionalInterface
    interface Source {
        void read(RowSink sink);
    }

    private static final String SUBMISSIONS = """
            INSERT INTO submission (province_id, campaign_id, period_id, unit_id, kind, first_received_at,
                                    last_received_at, late)
            SELECT DISTINCT :province, :campaign, :period, unit_id, :kind, :received, :received, :late
              FROM ingest_resolved WHERE NOT rejected AND unit_id IS NOT NULL
            ON CONFLICT (province_id, campaign_id, period_id, kind, unit_id) DO UPDATE
               SET late = CASE WHEN excluded.first_received_at < submission.first_received_at
                               THEN excluded.late ELSE submission.late END,
                   first_received_at = least(submission.first_received_at, excluded.first_received_at),
                   last_received_at = greatest(submission.last_received_at, excluded.last_received_at)
            """;

    private static final String COUNTS = """
            SELECT count(*) FILTER (WHERE NOT rejected AND is_new),
                   count(*) FILTER (WHERE NOT rejected AND changed AND NOT is_new),
                   count(*) FILTER (WHERE NOT rejected AND NOT changed),
                   count(*) FILTER (WHERE rejected)
              FROM ingest_resolved
            """;

    private static final String DUPLICATES =
            NamedSql.resource(BatchRun.class, "duplicates.sql").sql().replace("{{scope}}", ScopeSql.reads("o.path"));
    private static final String THRESHOLD =
            "SELECT duplicate_threshold FROM campaign WHERE province_id = :province AND id = :campaign";

    private final Form form;
    private final BatchContext context;
    private final NamedSql.Bound sql;
    private final RowErrors readErrors = new RowErrors();
    private final PhaseTimes times = new PhaseTimes();
    private int stagedRows;

    BatchRun(Form form, BatchContext context, Connection connection, long batchId) {
        this.form = form;
        this.context = context;
        this.sql = new NamedSql.Bound(connection, context.parameters()).with(Map.of("batch", batchId));
    }

    /** Everything up to (not including) the merge; returns the rows' errors, read and database ones together. */
    Checked check(Source source) {
        sql.update("DROP TABLE IF EXISTS ingest_stage, ingest_resolved, ingest_error, ingest_withdrawn");
        sql.update(form.staging().create());
        sql.update("CREATE TEMP TABLE ingest_error (row_number bigint, code text, col text, value text, other bigint)"
                + " ON COMMIT DROP");
        // hash joins and aggregates over a million staged rows stay in memory
        sql.update("SET LOCAL work_mem = '128MB'");
        copy(source);
        times.mark("read and COPY");
        // a small sample is enough for the joins to come; the default one took longer than the COPY itself
        sql.update("SET LOCAL default_statistics_target = 10");
        sql.update("ANALYZE ingest_stage");
        sql.update("RESET default_statistics_target");
        lock();
        times.mark("lock");
        sql.update(form.resolve());
        form.errors().forEach(sql::update);
        int databaseErrors = sql.one("SELECT count(*) FROM ingest_error", rs -> rs.getInt(1));
        List<RowError> errors = new ArrayList<>(readErrors.kept());
        if (databaseErrors > 0) {
            sql.update("UPDATE ingest_resolved SET rejected = true"
                    + " WHERE row_number IN (SELECT row_number FROM ingest_error)");
            errors.addAll(sql.query(
                    "SELECT row_number, code, col, value, other FROM ingest_error" + " ORDER BY row_number, code LIMIT "
                            + RowErrors.CAP,
                    rs -> databaseError(
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), (Long) rs.getObject(5))));
        }
        errors.sort(Comparator.comparingLong(RowError::row));
        times.mark("checks");
        List<RowError> kept = List.copyOf(errors.subList(0, Math.min(errors.size(), RowErrors.CAP)));
        return new Checked(kept, readErrors.total() + databaseErrors);
    }

    /**
     * The checked registrations close to a model already stored (docs/models.md), before the merge, so the batch's
     * own rows are not compared with each other; none when the campaign's threshold is unset (null).
     */
    Warnings warnings() {
        if (form.kind() != BatchKind.REGISTRATIONS) {
            return Warnings.NONE;
        }
        Double threshold = sql.one(THRESHOLD, rs -> rs.getObject(1) == null ? null : rs.getDouble(1));
        if (threshold == null) {
            return Warnings.NONE;
        }
        if (stagedRows > DUPLICATE_CHECK_ROWS) {
            // a trigram probe costs milliseconds a row (docs/benchmarks.md): a bulk load is told, not slowed 25-fold
            return new Warnings(1, List.of(BatchWarning.checkSkipped()));
        }
        // the index's pending entries (the batches since the last vacuum) are read by every probe: once into it
        sql.one("SELECT gin_clean_pending_list('model_name_trigrams'::regclass)", rs -> null);
        NamedSql.Bound at = sql.with(Map.of("threshold", threshold));
        at.one("SELECT set_config('pg_trgm.similarity_threshold', CAST(:threshold AS text), true)", rs -> null);
        List<BatchWarning> all = at.query(
                DUPLICATES,
                rs -> new BatchWarning(
                        rs.getLong(1), BatchWarning.POSSIBLE_DUPLICATE, rs.getString(2), rs.getString(3)));
        times.mark("duplicates");
        return new Warnings(all.size(), List.copyOf(all.subList(0, Math.min(all.size(), RowErrors.CAP))));
    }

    /** Batches up to this many rows are checked for possible duplicates; larger ones get one warning saying so. */
    static final int DUPLICATE_CHECK_ROWS = 2_000;

    /** At most 1,000 warnings kept, all counted. */
    record Warnings(int total, List<BatchWarning> kept) {
        static final Warnings NONE = new Warnings(0, List.of());
    }

    /** Stores the valid rows; returns the counts. */
    Counts merge(boolean replace) {
        int[] counts = sql.one(COUNTS, rs -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)});
        // each statement scans the staged rows: those with nothing to do are left out
        if (counts[0] > 0) {
            form.inserts().forEach(sql::update);
        }
        if (counts[1] > 0) {
            form.updates().forEach(sql::update);
        }
        List<Withdrawal> withdrawals = List.of();
        if (replace && form.kind() == BatchKind.REGISTRATIONS) {
            sql.update(RegistrationForm.WITHDRAWALS);
            withdrawals = sql.query(
                    "SELECT id, code, unit_code, registrant_name, model_name FROM ingest_withdrawn"
                            + " ORDER BY unit_code, code",
                    rs -> new Withdrawal(
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            for (String statement : RegistrationForm.WITHDRAW) {
                sql.update(statement);
            }
        }
        sql.update(SUBMISSIONS);
        times.mark("merge");
        int late = context.late() ? counts[0] + counts[1] : 0;
        return new Counts(
                stagedRows + readErrors.rejectedRows(),
                counts[0],
                counts[1],
                counts[2],
                counts[3] + readErrors.rejectedRows(),
                late,
                withdrawals);
    }

    void dropStaging() {
        sql.update("DROP TABLE IF EXISTS ingest_stage, ingest_resolved, ingest_error, ingest_withdrawn");
    }

    NamedSql.Bound statements() {
        return sql;
    }

    PhaseTimes times() {
        return times;
    }

    private void copy(Source source) {
        CopyIn copyIn;
        try {
            copyIn = sql.connection()
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY ingest_stage (" + form.staging().copyColumns() + ") FROM STDIN");
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        PGCopyOutputStream out = new PGCopyOutputStream(copyIn, 1 << 16);
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            CopyLine line = new CopyLine(writer);
            Consumer<Cells> stage = cells -> {
                boolean data = form.stage(cells, line, readErrors);
                if (data && !readErrors.rejects(cells.row())) {
                    stagedRows++;
                }
            };
            SheetReader reader = new SheetReader(form, readErrors, stage);
            source.read(reader);
            reader.finish();
            // an untouched template would otherwise be stored as an empty batch that looks like a success
            if (stagedRows == 0 && readErrors.rejectedRows() == 0) {
                throw SheetReader.fileError(1, null, IngestErrorCode.NO_DATA_ROWS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            cancel(copyIn);
            throw e;
        }
    }

    /** A failed read must end the COPY, or the connection could not run the rollback. */
    private static void cancel(CopyIn copyIn) {
        try {
            if (copyIn.isActive()) {
                copyIn.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the transaction is rolled back either way
        }
    }

    /**
     * Waits for an overlapping batch of the same campaign and form to commit, so each sees the other's rows
     * whole; after two minutes the uploader is told to try again rather than left waiting.
     */
    private void lock() {
        try {
            sql.update("SET LOCAL lock_timeout = '120s'");
            sql.one("SELECT pg_advisory_xact_lock(:lock_key)", rs -> rs.getObject(1));
            sql.update("SET LOCAL lock_timeout = 0");
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException s && "55P03".equals(s.getSQLState())) {
                throw new ConflictException(IngestErrorCode.BUSY);
            }
            throw e;
        }
    }

    private RowError databaseError(long row, String code, String columnId, String value, Long other) {
        String column = columnId == null
                ? null
                : form.columns().stream()
                        .filter(c -> c.id().equals(columnId))
                        .map(Column::header)
                        .findFirst()
                        .orElse(columnId);
        return switch (code) {
            case "duplicate-row" -> RowError.of(row, null, null, IngestErrorCode.DUPLICATE_ROW, row, other);
            case "unit-not-in-force" ->
                RowError.of(row, column, value, IngestErrorCode.UNIT_NOT_IN_FORCE, row, value, context.day());
            case "unit-not-found" -> RowError.of(row, column, value, IngestErrorCode.UNIT_UNKNOWN, row, value);
            case "model-unknown" -> RowError.of(row, column, value, IngestErrorCode.MODEL_UNKNOWN, row, value);
            case "code-ambiguous" -> RowError.of(row, column, value, IngestErrorCode.CODE_AMBIGUOUS, row, value);
            case "code-conflict" -> RowError.of(row, column, value, IngestErrorCode.CODE_CONFLICT, row, value);
            default -> throw new IllegalStateException("Unknown row error " + code);
        };
    }

    /** The checked rows' errors: at most 1,000 kept, all counted. */
    record Checked(List<RowError> errors, int total) {

        InvalidException asException() {
            return new InvalidException(IngestErrorCode.INVALID_BATCH, Map.of("errors", errors, "total", total), total);
        }
    }

    /** What the merge did. */
    record Counts(
            int rows, int inserted, int updated, int unchanged, int rejected, int late, List<Withdrawal> withdrawals) {}
}
