package dvk.units;

import java.time.LocalDate;

/**
 * One link of the official lineage: {@code unit} is a predecessor or a successor of the unit asked about, from
 * {@code effectiveOn}; {@code coverage} is "full" when the whole old unit went into the new one, "partial" when
 * the old unit was split between several new ones.
 */
public record Succession(Unit unit, String coverage, LocalDate effectiveOn) {

    public boolean whole() {
        return "full".equals(coverage);
    }
}
