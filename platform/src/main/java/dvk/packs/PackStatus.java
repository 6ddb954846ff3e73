package dvk.packs;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

@Serdeable
public record PackStatus(
        long id,
        String unitCode,
        String unitName,
        long campaignId,
        String period,
        String kind,
        String status,
        int progress,
        @Nullable String error,
        @Nullable Instant asOf,
        Instant requestedAt,
        @Nullable Instant finishedAt,
        List<String> files) {}
