package dvk.ingest;

import io.micronaut.serde.annotation.Serdeable;

/** A registration that a {@code replace=true} batch withdraws (or, in a dry run, would withdraw). */
@Serdeable
public record Withdrawal(long modelId, String code, String unitCode, String registrantName, String modelName) {}
