package dvk.http;

import dvk.errors.InvalidException;
import dvk.errors.TenantErrorCode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The {@code ?on=YYYY-MM-DD} parameter: the day whose units apply; today when absent. */
public final class Days {

    private Days() {
    }

    public static LocalDate onOrToday(String on) {
        if (on == null || on.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(on.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidException(TenantErrorCode.INVALID_DATE, on);
        }
    }
}
