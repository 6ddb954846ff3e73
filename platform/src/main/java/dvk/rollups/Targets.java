package dvk.rollups;

import java.math.BigDecimal;

/** Compares a target's actual value with its threshold. */
final class Targets {

    private Targets() {}

    static boolean meets(BigDecimal actual, String comparison, BigDecimal threshold) {
        int c = actual.compareTo(threshold);
        return switch (comparison) {
            case ">=" -> c >= 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            case "<" -> c < 0;
            default -> c == 0;
        };
    }
}
