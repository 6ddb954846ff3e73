package dvk.reports.pack;

import java.time.LocalDate;

/** A reporting period: label as printed ("6 tháng đầu năm 2023"), ASCII code for file names ("2023-H1"), first and last day. */
public record ReportingPeriod(String label, String code, LocalDate firstDay, LocalDate lastDay) {}
