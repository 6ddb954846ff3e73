package dvk.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Errors found while reading, before anything reaches the database: every one is counted, the first
 * 1,000 are kept, so memory does not grow with a file that is wrong on every row.
 */
final class RowErrors {

    static final int CAP = 1000;

    private final List<RowError> kept = new ArrayList<>();
    private int total;
    private int rejectedRows;
    private long lastRejectedRow = -1;

    void add(long row, Column column, String value, IngestErrorCode code, Object... args) {
        add(RowError.of(row, column == null ? null : column.header(), value, code, args));
    }

    void add(RowError error) {
        total++;
        if (kept.size() < CAP) {
            kept.add(error);
        }
        if (error.row() != lastRejectedRow) {
            rejectedRows++;
            lastRejectedRow = error.row();
        }
    }

    boolean rejects(long row) {
        return row == lastRejectedRow;
    }

    List<RowError> kept() {
        return kept;
    }

    int total() {
        return total;
    }

    int rejectedRows() {
        return rejectedRows;
    }
}
