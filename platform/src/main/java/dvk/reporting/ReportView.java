package dvk.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/**
 * A unit's report of one form for a campaign period: {@code draft} while data is present but nothing was sent,
 * then the state the last action left it in, who acted and when.
 *
 * @param lastReceivedAt the last receipt of data for the form, null when none arrived
 */
@Serdeable
public record ReportView(
        String unitCode,
        String unitName,
        String period,
        String kind,
        String state,
        @Nullable String reason,
        @Nullable String actedBy,
        @Nullable OffsetDateTime actedAt,
        @Nullable OffsetDateTime lastReceivedAt) {}
