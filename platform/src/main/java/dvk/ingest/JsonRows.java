package dvk.ingest;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * JSON submissions: one object, an array of objects, or {@code {"rows": [...]}}. Keys are the column headers
 * or aliases of the CSV layout; a registration may list its fields as {@code "fields": ["GPMB", "KT"]}.
 * The JSON API serves forms and integrations of modest size, so the document is read whole; bulk data goes
 * through CSV or XLSX, which stream. Row numbers are the objects' positions, from 1.
 */
final class JsonRows {

    private static final List<String> FIELD_LISTS = List.of("fields", "linh vuc", "linh vuc mo hinh");

    private JsonRows() {
    }

    static void read(JsonMapper json, InputStream content, RowSink sink) {
        Object document;
        try {
            document = json.readValue(content, Argument.OBJECT_ARGUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Object item : items(document)) {
            rows.add(flatten(item instanceof Map<?, ?> map ? map : Map.of()));
        }
        LinkedHashSet<String> headers = new LinkedHashSet<>();
        rows.forEach(row -> headers.addAll(row.keySet()));
        List<String> order = List.copyOf(headers);
        sink.row(0, order.toArray(String[]::new));
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            sink.row(i + 1L, order.stream().map(h -> row.getOrDefault(h, "")).toArray(String[]::new));
        }
    }

    private static List<?> items(Object document) {
        if (document instanceof List<?> list) {
            return list;
        }
        if (document instanceof Map<?, ?> map && map.get("rows") instanceof List<?> list) {
            return list;
        }
        return List.of(document);
    }

    private static Map<String, String> flatten(Map<?, ?> object) {
        Map<String, String> row = new LinkedHashMap<>();
        object.forEach((key, value) -> {
            String name = String.valueOf(key);
            if (FIELD_LISTS.contains(Texts.key(name)) && value instanceof List<?> fields) {
                fields.forEach(field -> row.put(String.valueOf(field), "1"));
            } else if (value != null) {
                row.put(name, String.valueOf(value));
            }
        });
        return row;
    }
}
