package dvk.ingest;

import java.util.Locale;

/** How a batch arrived; stored in {@code batch.source}. */
public enum BatchSource {
    CSV,
    XLSX,
    JSON,
    FORM,
    DEMO;

    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
