package dvk.reports.pack;

/** One coverage line or target: actual value against a threshold, e.g. 95.5 % against "≥ 90%". */
public record TargetLine(String name, TargetMeasure measure, double actual, String comparison, double threshold, boolean met) {
}
