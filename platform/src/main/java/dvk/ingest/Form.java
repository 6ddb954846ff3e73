package dvk.ingest;

import java.util.List;
import java.util.Set;

/**
 * One batch kind's layout and SQL. Rows are checked cell by cell while they are read and written to the
 * staging table {@code ingest_stage} with COPY; the checks that need the database, and the merge, are
 * set-based statements over it. Each form's {@code resolve} builds {@code ingest_resolved} with one row per
 * staged row and at least {@code row_number, unit_id, target, is_new, changed, rejected}.
 */
interface Form {

    BatchKind kind();

    List<Column> columns();

    /** Required columns the file lacks (all field columns count as one); empty when the file can be read. */
    default List<Column> missing(Set<String> presentIds) {
        return columns().stream()
                .filter(c -> c.required() && !presentIds.contains(c.id()))
                .toList();
    }

    /** The staging table {@code ingest_stage}: its DDL, COPY column list and line writer, from one column list. */
    StagingTable<?> staging();

    /** Checks one row and writes it to the COPY stream when it has no errors; false when it is not a data row. */
    boolean stage(Cells cells, CopyLine line, RowErrors errors);

    /** {@code CREATE TEMP TABLE ingest_resolved AS …}: the staged rows with units and existing rows found. */
    String resolve();

    /** {@code INSERT INTO ingest_error …} statements, in order: every problem that needs the database, by row. */
    List<String> errors();

    /** The statements that store the valid new rows ({@code is_new}), in order. */
    List<String> inserts();

    /** The statements that keep the replaced versions and store the changed rows, in order. */
    List<String> updates();
}
