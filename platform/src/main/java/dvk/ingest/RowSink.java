package dvk.ingest;

/** Receives a sheet's rows one at a time, with the row number a user sees in Excel (1 = first row). */
@FunctionalInterface
interface RowSink {

    void row(long rowNumber, String[] cells);
}
