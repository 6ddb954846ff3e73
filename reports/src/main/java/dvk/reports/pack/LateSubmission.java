package dvk.reports.pack;

import java.time.LocalDate;

/** A unit that sent a form after the deadline, and when it arrived. */
public record LateSubmission(String unitName, String formName, LocalDate received) {}
