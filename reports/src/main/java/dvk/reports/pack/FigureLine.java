package dvk.reports.pack;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One rollup figure as the pack's figure table prints it; the lines come from the platform's figure list, so
 * a figure added there is printed without a change here.
 *
 * @param name the figure's API name (e.g. {@code ratingHigh})
 * @param previous the same figure in the compared period; null without a comparison
 */
public record FigureLine(String name, String label, BigDecimal value, BigDecimal previous) {

    public FigureLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
