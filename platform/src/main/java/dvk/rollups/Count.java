package dvk.rollups;

import dvk.errors.InvalidException;
import io.micronaut.core.annotation.Nullable;

/**
 * Which rows a rollup counts: all of them, or only those whose report of the period and form is approved
 * (docs/reporting-cycle.md). An approval gates what is published above the sender, never the sender's own view.
 */
public enum Count {
    ALL,
    APPROVED;

    public static Count parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        return switch (value.trim()) {
            case "all" -> ALL;
            case "approved" -> APPROVED;
            default -> throw new InvalidException(RollupErrorCode.INVALID_PARAMETER, "count", value);
        };
    }

    /** The value the API takes and answers. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
