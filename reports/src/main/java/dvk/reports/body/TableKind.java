package dvk.reports.body;

/** Which table a {@link Block.Table} is; the PDF template has one column layout per kind. */
public enum TableKind {
    FIELDS,
    TARGETS,
    SUBMISSIONS,
    CANDIDATES,
    QUOTAS
}
