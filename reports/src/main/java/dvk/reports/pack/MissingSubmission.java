package dvk.reports.pack;

/** A unit that has not sent a form yet. */
public record MissingSubmission(String unitName, String formName) {}
