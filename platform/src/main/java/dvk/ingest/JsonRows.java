package dvk.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dvk.errors.InvalidException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * JSON submissions: one object, an array of objects, or {@code {"rows": [...]}}. Keys are the column headers
 * or aliases of the CSV layout; a registration may list its fields as {@code "fields": ["GPMB", "KT"]}.
 * Row numbers are the objects' positions, from 1.
 *
 * <p>The header is every key of every object, known only at the end, so the objects are parsed as a stream
 * of tokens and spooled to a temporary file as column/value records; a second pass hands them to the sink in
 * the header's order. Memory holds one object at a time, whatever the size of the batch.
 */
final class JsonRows {

    private static final List<String> FIELD_LISTS = List.of("fields", "linh vuc", "linh vuc mo hinh");
    private static final CSVFormat SPOOL = CSVFormat.RFC4180;
    /** Starts the spooled value of a bad cell; a NUL cannot start a value that reached the spool. */
    private static final String BAD = "\0";
    // thread-safe once built; keys are the senders' own, so they are not interned
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    /** Each key's column, in order of first appearance: the header. */
    private final Map<String, Integer> columns = new LinkedHashMap<>();

    private JsonRows() {}

    static void read(InputStream content, RowSink sink) {
        new JsonRows().readAll(content, sink);
    }

    private void readAll(InputStream content, RowSink sink) {
        Path spool = null;
        try {
            spool = Files.createTempFile("dvk-json-", ".rows");
            try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(spool, StandardCharsets.UTF_8), SPOOL)) {
                spoolRows(content, out);
            }
            // the rest of the body (whitespace) still counts for the batch's content hash
            content.transferTo(OutputStream.nullOutputStream());
            replay(spool, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spool != null) {
                spool.toFile().delete();
            }
        }
    }

    private void spoolRows(InputStream content, CSVPrinter out) throws IOException {
        try (JsonParser parser = FACTORY.createParser(content)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            JsonToken root = parser.nextToken();
            if (root == JsonToken.START_ARRAY) {
                items(parser, out);
            } else if (root == JsonToken.START_OBJECT) {
                rootObject(parser, out);
            } else {
                throw invalid(parser.currentLocation(), root == null ? "empty body" : "expected an object or an array");
            }
            if (parser.nextToken() != null) {
                throw invalid(parser.currentLocation(), "content after the end of the document");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation() == null ? JsonLocation.NA : e.getLocation();
            throw invalid(at, e.getOriginalMessage());
        }
    }

    /** The root object: a {@code rows} array of submissions, or else one submission itself. */
    private void rootObject(JsonParser parser, CSVPrinter out) throws IOException {
        Map<String, String> single = new LinkedHashMap<>();
        boolean batch = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("rows".equals(name) && value == JsonToken.START_ARRAY && !batch) {
                batch = true;
                items(parser, out);
            } else {
                put(parser, name, value, single);
            }
        }
        if (!batch) {
            write(single, out);
        }
    }

    /** Each element of the array the parser is at; an element that is not an object is a blank row. */
    private void items(JsonParser parser, CSVPrinter out) throws IOException {
        JsonToken item;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
            Map<String, String> row = new LinkedHashMap<>();
            if (item == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    put(parser, name, parser.nextToken(), row);
                }
            } else {
                parser.skipChildren();
            }
            write(row, out);
        }
    }

    /**
     * One key of a submission: a field list marks each field; any other value is the cell's text. A value of the
     * wrong type (a list or object where text belongs, text where a field list belongs), or text that cannot be
     * stored, is kept as a mark of its code, so that the row is reported by row and key.
     */
    private void put(JsonParser parser, String name, JsonToken value, Map<String, String> row) throws IOException {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        boolean fieldList = FIELD_LISTS.contains(Texts.key(name));
        if (value == JsonToken.START_ARRAY && fieldList) {
            JsonToken field;
            while ((field = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (field == JsonToken.VALUE_NULL) {
                    continue;
                }
                if (!field.isScalarValue()) {
                    parser.skipChildren();
                    row.put(name, BAD + IngestErrorCode.NOT_A_LIST.name());
                } else if (!Texts.storable(parser.getText())) {
                    row.put(name, BAD + IngestErrorCode.INVALID_CHARACTER.name());
                } else {
                    row.put(parser.getText(), "1");
                }
            }
        } else if (value.isStructStart()) {
            parser.skipChildren();
            row.put(name, BAD + (fieldList ? IngestErrorCode.NOT_A_LIST : IngestErrorCode.WRONG_TYPE).name());
        } else if (fieldList) {
            row.put(name, BAD + IngestErrorCode.NOT_A_LIST.name());
        } else if (!Texts.storable(parser.getText())) {
            row.put(name, BAD + IngestErrorCode.INVALID_CHARACTER.name());
        } else {
            row.put(name, parser.getText());
        }
    }

    /** A submission as alternating column numbers and values; a bad value's column is negative: -1 - column. */
    private void write(Map<String, String> row, CSVPrinter out) throws IOException {
        for (Map.Entry<String, String> cell : row.entrySet()) {
            int column = columns.computeIfAbsent(cell.getKey(), key -> columns.size());
            boolean bad = cell.getValue().startsWith(BAD);
            out.print(bad ? -1 - column : column);
            out.print(bad ? cell.getValue().substring(BAD.length()) : cell.getValue());
        }
        out.println();
    }

    private void replay(Path spool, RowSink sink) throws IOException {
        sink.row(0, columns.keySet().toArray(String[]::new));
        try (CSVParser in = CSVParser.parse(Files.newBufferedReader(spool, StandardCharsets.UTF_8), SPOOL)) {
            long rowNumber = 0;
            for (CSVRecord record : in) {
                String[] cells = new String[columns.size()];
                Arrays.fill(cells, "");
                rowNumber++;
                for (int i = 0; i + 1 < record.size(); i += 2) {
                    int column = Integer.parseInt(record.get(i));
                    if (column < 0) {
                        sink.badCell(rowNumber, -1 - column, IngestErrorCode.valueOf(record.get(i + 1)));
                    } else {
                        cells[column] = record.get(i + 1);
                    }
                }
                sink.row(rowNumber, cells);
            }
        }
    }

    private static InvalidException invalid(JsonLocation at, String parserMessage) {
        String detail =
                parserMessage.endsWith(".") ? parserMessage.substring(0, parserMessage.length() - 1) : parserMessage;
        int line = Math.max(at.getLineNr(), 1);
        int column = Math.max(at.getColumnNr(), 1);
        return SheetReader.fileError(line, null, IngestErrorCode.INVALID_JSON, line, column, detail);
    }
}
