package dvk.ingest;

import dvk.errors.InvalidException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.util.CellReference;

/**
 * Finds the header row (title rows above it are skipped, as on the printed forms), maps headers to the form's
 * columns by name or alias, then hands each following row on as {@link Cells}. The Mẫu M2 layout's two-row
 * header — "Phân loại mô hình" above the field names — is read as one. A row with a cell that cannot be stored
 * (a NUL, an unpaired surrogate, a JSON value of the wrong type) is reported by row and column, not handed on.
 */
final class SheetReader implements RowSink {

    private static final int HEADER_SEARCH_ROWS = 30;

    private final Form form;
    private final RowErrors errors;
    private final Consumer<Cells> rows;
    private final Map<String, Integer> index = new HashMap<>();
    private String[] headerCells = new String[0];
    private Cells cells;
    private boolean fieldsPending;
    private long rowsSeen;
    private long headerRow;

    SheetReader(Form form, RowErrors errors, Consumer<Cells> rows) {
        this.form = form;
        this.errors = errors;
        this.rows = rows;
    }

    @Override
    public void row(long rowNumber, String[] values) {
        rowsSeen++;
        if (cells == null) {
            header(rowNumber, values);
            return;
        }
        if (fieldsPending) {
            fieldsPending = false;
            boolean secondHeaderRow = matchInto(index, rowNumber, values, true) > 0;
            checkComplete(headerRow);
            if (secondHeaderRow) {
                return;
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (!Texts.storable(values[i])) {
                badCell(rowNumber, i, IngestErrorCode.INVALID_CHARACTER);
            }
        }
        if (!errors.rejects(rowNumber)) {
            rows.accept(cells.at(rowNumber, values));
        }
    }

    @Override
    public void badCell(long rowNumber, int column, IngestErrorCode code) {
        if (cells != null) {
            String name = columnName(column);
            errors.add(RowError.of(rowNumber, name, null, code, rowNumber, name));
        }
    }

    /** The form's header of a known column, else the header cell as typed, else the column's letter. */
    private String columnName(int column) {
        for (Map.Entry<String, Integer> known : index.entrySet()) {
            if (known.getValue() == column) {
                return form.columns().stream()
                        .filter(c -> c.id().equals(known.getKey()))
                        .map(Column::header)
                        .findFirst()
                        .orElse(known.getKey());
            }
        }
        String typed = column < headerCells.length ? Texts.clean(headerCells[column]) : null;
        return typed != null ? typed : CellReference.convertNumToColString(column);
    }

    /** Called after the last row: a file without a recognisable header is refused as a whole. */
    void finish() {
        if (cells == null) {
            throw fileError(1, null, IngestErrorCode.NO_HEADER, requiredHeaders());
        }
        if (fieldsPending) {
            checkComplete(headerRow);
        }
    }

    private void header(long rowNumber, String[] values) {
        Map<String, Integer> found = new HashMap<>();
        if (matchInto(found, rowNumber, values, false) < 2) {
            if (rowsSeen >= HEADER_SEARCH_ROWS) {
                throw fileError(1, null, IngestErrorCode.NO_HEADER, requiredHeaders());
            }
            return;
        }
        index.putAll(found);
        headerRow = rowNumber;
        headerCells = values;
        cells = new Cells(index);
        if (form.missing(index.keySet()).isEmpty()) {
            return;
        }
        fieldsPending = form.kind() == BatchKind.REGISTRATIONS;
        if (!fieldsPending) {
            checkComplete(headerRow);
        }
    }

    private int matchInto(Map<String, Integer> target, long rowNumber, String[] values, boolean onlyNew) {
        int matched = 0;
        for (int i = 0; i < values.length; i++) {
            Column column = columnOf(values[i]);
            if (column == null || (onlyNew && target.containsKey(column.id()))) {
                continue;
            }
            if (target.containsKey(column.id())) {
                throw fileError(rowNumber, column.header(), IngestErrorCode.DUPLICATE_COLUMN, column.header());
            }
            target.put(column.id(), i);
            matched++;
        }
        return matched;
    }

    private Column columnOf(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String key = Texts.key(header);
        String shortKey = Texts.key(header.replaceAll("\\(.*?\\)", ""));
        for (Column column : form.columns()) {
            if (column.matches(key) || column.matches(shortKey)) {
                return column;
            }
        }
        return null;
    }

    private void checkComplete(long rowNumber) {
        List<Column> missing = form.missing(index.keySet());
        if (missing.isEmpty()) {
            return;
        }
        List<RowError> errors = new ArrayList<>();
        for (Column column : missing) {
            errors.add(RowError.of(rowNumber, column.header(), null, codeFor(column), column.header()));
        }
        throw new InvalidException(
                codeFor(missing.get(0)),
                Map.of("errors", errors, "total", errors.size()),
                missing.get(0).header());
    }

    private static IngestErrorCode codeFor(Column missing) {
        return missing.id().equals(RegistrationForm.FIELDS)
                ? IngestErrorCode.NO_FIELD_COLUMNS
                : IngestErrorCode.MISSING_COLUMN;
    }

    private String requiredHeaders() {
        return String.join(
                ", ",
                form.missing(java.util.Set.of()).stream().map(Column::header).toList());
    }

    /** An error of the whole file, reported as its one row error. */
    static InvalidException fileError(long row, String column, IngestErrorCode code, Object... arguments) {
        RowError error = RowError.of(row, column, null, code, arguments);
        return new InvalidException(code, Map.of("errors", List.of(error), "total", 1), arguments);
    }
}
