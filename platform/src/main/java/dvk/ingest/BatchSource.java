package dvk.ingest;

import java.util.Locale;

/**
 * How a batch arrived; stored in {@code batch.source}. An uploaded file's format (CSV, XLSX, XLS or ODS) is
 * the one its content shows, whatever its name says.
 */
public enum BatchSource {
    CSV,
    XLSX,
    XLS,
    ODS,
    JSON,
    FORM,
    DEMO;

    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
