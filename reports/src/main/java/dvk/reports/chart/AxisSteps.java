package dvk.reports.chart;

/** Picks round tick steps (1, 2, 5 × 10ⁿ) so that an axis has about five ticks. */
final class AxisSteps {

    private AxisSteps() {}

    static long niceStep(long max) {
        double rough = max / 5.0;
        long magnitude = (long) Math.pow(10, Math.floor(Math.log10(Math.max(1, rough))));
        for (long factor : new long[] {1, 2, 5, 10}) {
            if (magnitude * factor >= rough) {
                return Math.max(1, magnitude * factor);
            }
        }
        return magnitude * 10;
    }
}
