package dvk.ingest;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A stored row worth a second look, never a refusal: {@code possible-duplicate} names the model of the same
 * campaign, in the row's unit, above or below it, whose registrant and model name are close to the row's
 * (docs/models.md).
 */
@Serdeable
public record BatchWarning(long row, String code, String modelCode, String unitCode) {

    static final String POSSIBLE_DUPLICATE = "possible-duplicate";
}
