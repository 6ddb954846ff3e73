package dvk.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A form's staging table, from its one list of columns: the {@code CREATE TEMP TABLE}, the COPY column list and
 * each COPY line all come from it, so they cannot disagree on the order or the number of columns.
 */
final class StagingTable<R> {

    private final List<StageColumn<R>> columns;
    private final String create;
    private final String copyColumns;

    @SafeVarargs
    StagingTable(StageColumn<R>... columns) {
        this.columns = List.of(columns);
        this.create = this.columns.stream()
                .map(c -> c.name() + " " + c.type())
                .collect(Collectors.joining(",\n    ", "CREATE TEMP TABLE ingest_stage (\n    ", "\n) ON COMMIT DROP"));
        this.copyColumns = this.columns.stream().map(StageColumn::name).collect(Collectors.joining(", "));
    }

    List<StageColumn<R>> columns() {
        return columns;
    }

    /** {@code CREATE TEMP TABLE ingest_stage (…) ON COMMIT DROP}. */
    String create() {
        return create;
    }

    /** The column list of {@code COPY ingest_stage (…) FROM STDIN}. */
    String copyColumns() {
        return copyColumns;
    }

    /** Writes one checked row as a COPY line, each value in its column's place. */
    void write(CopyLine line, R row) {
        for (StageColumn<R> column : columns) {
            line.value(column.value().apply(row));
        }
        line.end();
    }
}
