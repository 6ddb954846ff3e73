package dvk.rollups;

import dvk.errors.InvalidException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Which other period a rollup is compared with. */
@Serdeable
public enum Compare {
    /** No comparison. */
    NONE,
    /** The period of the same kind that ends last before this one. */
    PREVIOUS,
    /** The period of the same kind that ends one year earlier. */
    LAST_YEAR;

    static Compare parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        return switch (value.trim()) {
            case "previous" -> PREVIOUS;
            case "last-year" -> LAST_YEAR;
            default -> throw new InvalidException(RollupErrorCode.INVALID_PARAMETER, "compare", value);
        };
    }
}
