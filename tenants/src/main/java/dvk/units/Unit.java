package dvk.units;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/** An administrative unit (tỉnh, huyện, xã …) or a village or agency below a commune, in force over a period. */
public record Unit(
        long id,
        long provinceId,
        String code,
        String name,
        UnitLevel level,
        String type,
        @Nullable Long parentId,
        @Nullable String parentCode,
        String path,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        int childCount) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** The day itself while the unit is in force on it, else the unit's first or last day, whichever is nearer. */
    public LocalDate clampDay(LocalDate day) {
        return clamp(day, validFrom, validTo);
    }

    /** {@code day} kept within a validity from {@code from} to {@code to} (null: still in force). */
    public static LocalDate clamp(LocalDate day, LocalDate from, @Nullable LocalDate to) {
        if (day.isBefore(from)) {
            return from;
        }
        return to != null && day.isAfter(to) ? to : day;
    }

    /** True for this unit itself and every unit below it. */
    public boolean contains(String otherPath) {
        return otherPath.equals(path) || otherPath.startsWith(path + ".");
    }
}
