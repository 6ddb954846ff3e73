package dvk.ingest;

import dvk.access.Caller;
import dvk.audit.Audit;
import dvk.audit.AuditEntry;
import dvk.campaigns.Campaign;
import dvk.campaigns.Campaigns;
import dvk.errors.InvalidException;
import dvk.reporting.ApprovedReports;
import dvk.submissions.SubmissionsChanged;
import dvk.time.Vietnam;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * Submits a batch of registrations, results or indicators: the one entry point of the HTTP API, the demo and
 * any other code. One batch is one transaction; a dry run runs every step and then rolls back to a savepoint,
 * so it reports exactly what a real run would do.
 */
@Singleton
public class Ingest {

    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private final Campaigns campaigns;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<SubmissionsChanged> events;
    private final BatchStore store;
    private final ApprovedReports approved;
    private final Audit audit;

    Ingest(
            Campaigns campaigns,
            TransactionOperations<Connection> transactions,
            ApplicationEventPublisher<SubmissionsChanged> events,
            BatchStore store,
            ApprovedReports approved,
            Audit audit) {
        this.campaigns = campaigns;
        this.transactions = transactions;
        this.events = events;
        this.store = store;
        this.approved = approved;
        this.audit = audit;
    }

    /**
     * Reads {@code content} and stores it as one batch. For a file ({@code source} CSV or XLSX) the format is
     * the one its content shows: CSV, .xlsx, .xls or .ods; JSON is read as JSON.
     *
     * @param periodCode the period the rows are for; for registrations null means the campaign's year period
     *                   containing today, else its last year period
     * @throws InvalidException with {@code errors} and {@code total} when rows are wrong (and not validOnly)
     */
    public BatchReport submit(
            Caller caller,
            long campaignId,
            BatchKind kind,
            @Nullable String periodCode,
            BatchSource source,
            @Nullable String fileName,
            InputStream content,
            BatchOptions options) {
        Campaign campaign = campaigns.readable(caller, campaignId);
        Campaign.PeriodRef period = period(campaign, kind, periodCode);
        Instant receivedAt = options.receivedAt() == null ? Instant.now() : options.receivedAt();
        BatchContext context =
                new BatchContext(caller, campaign, period, kind, receivedAt, late(kind, period, receivedAt));
        Form form = kind.form(campaign);
        MessageDigest digest = sha256();
        UploadedFile file = UploadedFile.of(source, new DigestInputStream(content, digest));
        BatchRun.Source rows = file::read;
        return transactions.executeWrite(
                status -> run(status.getConnection(), context, form, file.format(), fileName, rows, digest, options));
    }

    private BatchReport run(
            Connection connection,
            BatchContext context,
            Form form,
            BatchSource source,
            String fileName,
            BatchRun.Source rows,
            MessageDigest digest,
            BatchOptions options)
            throws SQLException {
        // a dry run, or a batch joined to a caller's transaction (the demo), must undo only its own work
        Savepoint savepoint = connection.setSavepoint();
        long batchId = store.insert(connection, context, source, fileName);
        BatchRun run = new BatchRun(form, context, connection, batchId);
        BatchRun.Checked checked = run.check(rows);
        if (checked.total() > 0 && !options.validOnly()) {
            connection.rollback(savepoint);
            throw checked.asException();
        }
        refuseApproved(connection, context, savepoint);
        BatchRun.Warnings warnings = run.warnings();
        BatchRun.Counts counts = run.merge(options.replace());
        BatchReport report = new BatchReport(
                options.dryRun() ? null : batchId,
                context.kind().sqlName(),
                context.period().period().code(),
                options.dryRun(),
                counts.rows(),
                counts.inserted(),
                counts.updated(),
                counts.unchanged(),
                counts.rejected(),
                counts.late(),
                counts.withdrawals().size(),
                counts.withdrawals().size() > RowErrors.CAP
                        ? counts.withdrawals().subList(0, RowErrors.CAP)
                        : counts.withdrawals(),
                checked.total(),
                checked.errors(),
                warnings.total(),
                warnings.kept());
        if (options.dryRun()) {
            connection.rollback(savepoint);
            return report;
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        store.complete(run.statements(), report, sha256);
        // a batch that changed nothing (the same file again) is listed with the batches, not on the audit trail
        if (report.inserted() + report.updated() + report.withdrawn() > 0) {
            audit.record(connection, batchEntry(context, batchId, fileName, sha256, report));
        }
        events.publishEvent(new SubmissionsChanged(
                context.campaign().provinceId(), context.campaign().id(), batchId));
        run.times().mark("aggregates");
        run.dropStaging();
        connection.releaseSavepoint(savepoint);
        // the demo's few hundred batches would bury the start banner
        LOG.atLevel(source == BatchSource.DEMO ? Level.DEBUG : Level.INFO)
                .log(
                        "Batch {} ({} of campaign {}, {} rows) stored in {} ms before commit: {}",
                        batchId,
                        context.kind().sqlName(),
                        context.campaign().id(),
                        report.rows(),
                        run.times().totalMillis(),
                        run.times());
        return report;
    }

    /**
     * An approved report freezes its unit's rows of the period and form: checked after the batch took the form's
     * lock, so no approval commits between this check and the batch's commit. A registration moved out of an
     * approved unit counts as a write to it.
     */
    private void refuseApproved(Connection connection, BatchContext context, Savepoint savepoint) throws SQLException {
        String units = "SELECT unit_id FROM ingest_resolved WHERE NOT rejected AND unit_id IS NOT NULL"
                + (context.kind() == BatchKind.REGISTRATIONS
                        ? " UNION SELECT m.unit_id FROM model m"
                                + " JOIN ingest_resolved r ON m.province_id = "
                                + context.campaign().provinceId()
                                + " AND m.id = r.target WHERE NOT r.is_new AND NOT r.rejected"
                        : "");
        try {
            approved.refuseWrites(
                    connection,
                    context.campaign().provinceId(),
                    context.campaign().id(),
                    context.period().id(),
                    context.period().period().code(),
                    context.kind().sqlName(),
                    units);
        } catch (RuntimeException e) {
            connection.rollback(savepoint);
            throw e;
        }
    }

    private static AuditEntry batchEntry(
            BatchContext context, long batchId, @Nullable String fileName, String sha256, BatchReport report) {
        Caller caller = context.caller();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("batch", batchId);
        details.put("kind", context.kind().sqlName());
        details.put("period", context.period().period().code());
        details.put("fileName", fileName == null ? "" : fileName);
        details.put("sha256", sha256);
        details.put("rows", report.rows());
        details.put("inserted", report.inserted());
        details.put("updated", report.updated());
        details.put("unchanged", report.unchanged());
        details.put("rejected", report.rejected());
        details.put("withdrawn", report.withdrawn());
        return new AuditEntry(
                context.campaign().provinceId(),
                context.uploaderUnitId(),
                caller.userId(),
                caller.username(),
                "batch.store",
                context.campaign().id(),
                fileName,
                details,
                null);
    }

    private static Campaign.PeriodRef period(Campaign campaign, BatchKind kind, String code) {
        if (code != null && !code.isBlank()) {
            return campaign.period(code.trim())
                    .orElseThrow(() -> new InvalidException(IngestErrorCode.PERIOD_NOT_FOUND, code.trim()));
        }
        if (kind != BatchKind.REGISTRATIONS) {
            throw new InvalidException(IngestErrorCode.PERIOD_REQUIRED, kind.sqlName());
        }
        LocalDate today = LocalDate.now(Vietnam.ZONE);
        List<Campaign.PeriodRef> years = campaign.periods().stream()
                .filter(p -> "year".equals(p.period().kind()))
                .toList();
        return years.stream()
                .filter(p -> p.period().contains(today))
                .findFirst()
                .or(() -> years.stream().reduce((first, second) -> second))
                .orElseThrow(() -> new InvalidException(IngestErrorCode.PERIOD_REQUIRED, kind.sqlName()));
    }

    /** Late when received after the end of the due day, in Vietnam's time. */
    static boolean late(BatchKind kind, Campaign.PeriodRef period, Instant receivedAt) {
        LocalDate due = kind.dueIn(period.period());
        return due != null
                && !receivedAt.isBefore(
                        due.plusDays(1).atStartOfDay(Vietnam.ZONE).toInstant());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For callers holding bytes (the demo, forms): the same as {@link #submit} with a stream over them. */
    public BatchReport submit(
            Caller caller,
            long campaignId,
            BatchKind kind,
            @Nullable String periodCode,
            BatchSource source,
            byte[] content,
            BatchOptions options) {
        try (InputStream in = new java.io.ByteArrayInputStream(content)) {
            return submit(caller, campaignId, kind, periodCode, source, null, in, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
