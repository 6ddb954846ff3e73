package dvk.reports.pack;

import java.math.BigDecimal;

/**
 * One coverage line or target: the actual value against a threshold, e.g. 95.5 % against "≥ 90%". The
 * {@code comparison} is what the table prints in its "Chỉ tiêu" column; {@code measured} is false where there
 * was nothing to measure (no agency, no review yet), and then no verdict is given.
 */
public record TargetLine(
        String name,
        TargetMeasure measure,
        double actual,
        String comparison,
        double threshold,
        boolean met,
        boolean measured) {

    /** A target as the rollup answers it: the operator as stored (">=", ">", …), {@code actual} null if unmeasured. */
    public static TargetLine of(
            String name, TargetMeasure measure, BigDecimal actual, String operator, BigDecimal threshold, boolean met) {
        String symbol = switch (operator) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> operator;
        };
        String amount = threshold.stripTrailingZeros().toPlainString().replace('.', ',');
        String shown = symbol + " " + amount + (measure == TargetMeasure.PERCENT ? "%" : "");
        return new TargetLine(
                name,
                measure,
                actual == null ? 0 : actual.doubleValue(),
                shown,
                threshold.doubleValue(),
                actual != null && met,
                actual != null);
    }

    /** The verdict printed beside the figure. */
    public String verdict() {
        return !measured ? "Không có số liệu" : met ? "Đạt" : "Chưa đạt";
    }
}
