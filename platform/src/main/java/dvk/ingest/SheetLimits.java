package dvk.ingest;

import org.apache.poi.ss.util.CellReference;

/**
 * The bounds every reader holds a file to, so that a hostile or broken file costs bounded memory and time: the
 * sizes are those of Excel itself (16,384 columns, 1,048,576 rows, 32,767 characters in a cell), which no
 * office's real sheet exceeds.
 */
final class SheetLimits {

    static final int MAX_COLUMNS = 16_384;
    static final long MAX_ROWS = 1_048_576;
    static final int MAX_CELL_CHARS = 32_767;
    /** Inflated bytes per compressed byte of a spreadsheet's zip entry; real sheets stay below 30. */
    static final int MAX_INFLATION_RATIO = 100;
    /**
     * An .xls is read whole (the format has no streaming reader that keeps formatting): about 11 times its size
     * in heap (a 14.6 MB file of 12,000 Vietnamese rows peaked at 163 MiB), so 10 MB, some 8,000 rows of 16
     * columns, a province's list, costs at most about 110 MiB.
     */
    static final int MAX_XLS_MEGABYTES = 10;

    private SheetLimits() {}

    /** Refuses a cell at a 0-based column beyond the limit. */
    static void column(long row, long column) {
        if (column >= MAX_COLUMNS) {
            throw SheetReader.fileError(
                    row,
                    null,
                    IngestErrorCode.TOO_MANY_COLUMNS,
                    row,
                    column < Integer.MAX_VALUE ? CellReference.convertNumToColString((int) column) : "?",
                    MAX_COLUMNS);
        }
    }

    static void row(long row) {
        if (row > MAX_ROWS) {
            throw SheetReader.fileError(row, null, IngestErrorCode.TOO_MANY_ROWS, MAX_ROWS);
        }
    }

    static void cellLength(long row, int column, int length) {
        if (length > MAX_CELL_CHARS) {
            throw SheetReader.fileError(
                    row,
                    CellReference.convertNumToColString(column),
                    IngestErrorCode.CELL_TOO_LONG,
                    row,
                    CellReference.convertNumToColString(column),
                    MAX_CELL_CHARS);
        }
    }
}
