package dvk.reports.pack;

/** Counts for one form kind, e.g. "Đăng ký mô hình": expected, on time, late, missing. */
public record SubmissionLine(String formName, int expected, int onTime, int late, int missing) {}
