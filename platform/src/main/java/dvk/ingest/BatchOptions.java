package dvk.ingest;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * How to treat a batch: {@code dryRun} reports without storing, {@code validOnly} stores the valid rows and
 * reports the rest, {@code replace} withdraws the uploader's registrations of the file's units that the file no
 * longer lists. {@code receivedAt} overrides the receipt time (the demo simulates on-time and late uploads).
 */
public record BatchOptions(
        boolean dryRun,
        boolean validOnly,
        boolean replace,
        @Nullable Instant receivedAt) {

    public static final BatchOptions DEFAULT = new BatchOptions(false, false, false, null);

    public BatchOptions receivedAt(Instant at) {
        return new BatchOptions(dryRun, validOnly, replace, at);
    }
}
