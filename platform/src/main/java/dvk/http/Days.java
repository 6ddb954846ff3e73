package dvk.http;

import dvk.errors.InvalidException;
import dvk.errors.TenantErrorCode;
import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The {@code ?on=YYYY-MM-DD} parameter: the day whose units apply. Absent, it is null, and
 * {@link dvk.access.UnitAccess} decides the default (today, or the last day of the caller's ended unit).
 */
public final class Days {

    private Days() {}

    @Nullable
    public static LocalDate parse(@Nullable String on) {
        if (on == null || on.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(on.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidException(TenantErrorCode.INVALID_DATE, on);
        }
    }
}
