package dvk.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** One page of the audit trail, oldest first; {@code page} counts from 1. */
@Serdeable
public record AuditView(long total, int page, int size, List<Entry> entries) {

    @Serdeable
    public record Entry(
            long id,
            OffsetDateTime at,
            String actor,
            String action,
            @Nullable String unitCode,
            @Nullable String unitName,
            @Nullable Long campaignId,
            @Nullable String subject,
            Map<String, Object> details,
            @Nullable String address) {}
}
