package dvk.ingest;

import dvk.access.Caller;
import dvk.campaigns.Campaign;
import dvk.campaigns.Campaigns;
import dvk.errors.InvalidException;
import dvk.submissions.SubmissionsChanged;
import dvk.time.Vietnam;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

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
import java.util.List;

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

    Ingest(Campaigns campaigns, TransactionOperations<Connection> transactions,
           ApplicationEventPublisher<SubmissionsChanged> events, BatchStore store) {
        this.campaigns = campaigns;
        this.transactions = transactions;
        this.events = events;
        this.store = store;
    }

    /**
     * Reads {@code content} and stores it as one batch. For a file ({@code source} CSV or XLSX) the format is
     * the one its content shows: CSV, .xlsx, .xls or .ods; JSON is read as JSON.
     *
     * @param periodCode the period the rows are for; for registrations null means the campaign's year period
     *                   containing today, else its last year period
     * @throws InvalidException with {@code errors} and {@code total} when rows are wrong (and not validOnly)
     */
    public BatchReport submit(Caller caller, long campaignId, BatchKind kind, @Nullable String periodCode,
                              BatchSource source, @Nullable String fileName, InputStream content,
                              BatchOptions options) {
        Campaign campaign = campaigns.readable(caller, campaignId);
        Campaign.PeriodRef period = period(campaign, kind, periodCode);
        Instant receivedAt = options.receivedAt() == null ? Instant.now() : options.receivedAt();
        BatchContext context = new BatchContext(caller, campaign, period, kind, receivedAt, late(kind, period,
                receivedAt));
        Form form = kind.form(campaign);
        MessageDigest digest = sha256();
        UploadedFile file = UploadedFile.of(source, new DigestInputStream(content, digest));
        BatchRun.Source rows = file::read;
        return transactions.executeWrite(status -> run(status.getConnection(), context, form, file.format(), fileName,
                rows, digest, options));
    }

    private BatchReport run(Connection connection, BatchContext context, Form form, BatchSource source,
                            String fileName, BatchRun.Source rows, MessageDigest digest, BatchOptions options)
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
        BatchRun.Counts counts = run.merge(options.replace());
        BatchReport report = new BatchReport(options.dryRun() ? null : batchId, context.kind().sqlName(),
                context.period().period().code(), options.dryRun(), counts.rows(), counts.inserted(),
                counts.updated(), counts.unchanged(), counts.rejected(), counts.late(), counts.withdrawals().size(),
                counts.withdrawals().size() > RowErrors.CAP ? counts.withdrawals().subList(0, RowErrors.CAP)
                        : counts.withdrawals(),
                checked.total(), checked.errors());
        if (options.dryRun()) {
            connection.rollback(savepoint);
            return report;
        }
        store.complete(run.statements(), report, HexFormat.of().formatHex(digest.digest()));
        events.publishEvent(new SubmissionsChanged(context.campaign().provinceId(), context.campaign().id(),
                batchId));
        run.times().mark("aggregates");
        run.dropStaging();
        connection.releaseSavepoint(savepoint);
        // the demo's few hundred batches would bury the start banner
        LOG.atLevel(source == BatchSource.DEMO ? Level.DEBUG : Level.INFO)
                .log("Batch {} ({} of campaign {}, {} rows) stored in {} ms before commit: {}", batchId,
                        context.kind().sqlName(), context.campaign().id(), report.rows(), run.times().totalMillis(),
                        run.times());
        return report;
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
                .filter(p -> "year".equals(p.period().kind())).toList();
        return years.stream().filter(p -> p.period().contains(today)).findFirst()
                .or(() -> years.stream().reduce((first, second) -> second))
                .orElseThrow(() -> new InvalidException(IngestErrorCode.PERIOD_REQUIRED, kind.sqlName()));
    }

    /** Late when received after the end of the due day, in Vietnam's time. */
    static boolean late(BatchKind kind, Campaign.PeriodRef period, Instant receivedAt) {
        LocalDate due = kind.dueIn(period.period());
        return due != null && !receivedAt.isBefore(due.plusDays(1).atStartOfDay(Vietnam.ZONE).toInstant());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For callers holding bytes (the demo, forms): the same as {@link #submit} with a stream over them. */
    public BatchReport submit(Caller caller, long campaignId, BatchKind kind, @Nullable String periodCode,
                              BatchSource source, byte[] content, BatchOptions options) {
        try (InputStream in = new java.io.ByteArrayInputStream(content)) {
            return submit(caller, campaignId, kind, periodCode, source, null, in, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
