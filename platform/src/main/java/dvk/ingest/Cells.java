package dvk.ingest;

import java.util.Map;

/** One data row, read by column id through the header mapping; values come back cleaned (NFC, trimmed). */
final class Cells {

    private final Map<String, Integer> index;
    private String[] values;
    private long row;

    Cells(Map<String, Integer> index) {
        this.index = index;
    }

    Cells at(long rowNumber, String[] cells) {
        this.row = rowNumber;
        this.values = cells;
        return this;
    }

    long row() {
        return row;
    }

    boolean has(String columnId) {
        return index.containsKey(columnId);
    }

    /** Cleaned value, or null when blank or when the column is absent. */
    String get(String columnId) {
        Integer i = index.get(columnId);
        return i == null || i >= values.length ? null : Texts.clean(values[i]);
    }

    /** True when every cell of the row is blank. */
    boolean blank() {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The raw cells, for section rows whose title can sit in any column. */
    String[] values() {
        return values;
    }
}
