package dvk.ingest;

/** Receives a sheet's rows one at a time, with the row number a user sees in Excel (1 = first row). */
@FunctionalInterface
public interface RowSink {

    void row(long rowNumber, String[] cells);

    /**
     * A cell the reader could not turn into text (a JSON list where text belongs, a NUL character), told
     * before its row; the batch reports it by row and column instead of storing the row. Sinks that only
     * show rows ignore it.
     */
    default void badCell(long rowNumber, int column, IngestErrorCode code) {}
}
