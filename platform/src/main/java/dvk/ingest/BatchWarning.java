package dvk.ingest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A stored row worth a second look, never a refusal: {@code possible-duplicate} names the model of the same
 * campaign, in the row's unit, above or below it, whose registrant and model name are close to the row's
 * (docs/models.md); {@code duplicate-check-skipped} (row 0, no model) says a batch was too large to be checked.
 */
@Serdeable
public record BatchWarning(
        long row,
        String code,
        @Nullable String modelCode,
        @Nullable String unitCode) {

    static final String POSSIBLE_DUPLICATE = "possible-duplicate";
    static final String CHECK_SKIPPED = "duplicate-check-skipped";

    static BatchWarning checkSkipped() {
        return new BatchWarning(0, CHECK_SKIPPED, null, null);
    }
}
