package dvk.reports.pack;

/** Reviewed models by efficiency rating: cao, khá, trung bình, chưa đạt. */
public record EfficiencyCounts(int high, int good, int average, int notMet) {}
