package dvk.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a batch did (or, in a dry run, would do). {@code rows} counts the data rows of the file; each is
 * inserted, updated, unchanged or rejected. {@code late} counts the stored rows received after the due date.
 * {@code errors} lists the rejected rows' problems (at most 1,000 of {@code errorTotal}); {@code warnings} the
 * stored rows worth a second look, e.g. a possible duplicate of a model of another level (at most 1,000 of
 * {@code warningTotal}; docs/models.md).
 */
@Serdeable
public record BatchReport(
        @Nullable Long batchId,
        String kind,
        String period,
        boolean dryRun,
        int rows,
        int inserted,
        int updated,
        int unchanged,
        int rejected,
        int late,
        int withdrawn,
        List<Withdrawal> withdrawals,
        int errorTotal,
        List<RowError> errors,
        int warningTotal,
        @Nullable List<BatchWarning> warnings) {

    public BatchReport {
        // a report stored before warnings existed (V62) reads back without them
        warnings = warnings == null ? List.of() : warnings;
    }
}
