package dvk.snapshots;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record SnapshotRequest(
        @Nullable Long campaignId,
        @Nullable String period,
        @Nullable String unitCode) {}
