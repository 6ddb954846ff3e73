package dvk.reports.pack;

/** How a target's values are printed. */
public enum TargetMeasure {
    PERCENT,
    COUNT
}
