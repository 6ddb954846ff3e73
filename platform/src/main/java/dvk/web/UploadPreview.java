package dvk.web;

import dvk.errors.DvkException;
import dvk.ingest.BatchSource;
import dvk.ingest.RowError;
import dvk.ingest.RowSink;
import dvk.ingest.UploadedFile;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The uploaded sheet as a table for the error report, with the cells named by the errors marked. The file is
 * read by the ingest's own readers (so an .xls or .ods shows its cells, and a file that is not a sheet shows
 * nothing), and only the first rows and the rows with errors, each cut to its first columns, are kept: a large
 * or very wide file does not become a huge page or a huge heap.
 */
record UploadPreview(List<String> headers, List<PreviewRow> rows, boolean cut) {

    static final int FIRST_ROWS = 100;
    static final int MAX_ROWS = 400;
    static final int MAX_COLUMNS = 60;

    /** A file row (numbered as in the error list: the header is row 1) and which of its cells are wrong. */
    record PreviewRow(long number, List<String> cells, Set<Integer> bad, boolean rowError) {
        public boolean isBad(int column) {
            return bad.contains(column);
        }
    }

    static UploadPreview of(InputStream content, List<RowError> errors) {
        Map<Long, List<RowError>> byRow = new HashMap<>();
        errors.forEach(
                e -> byRow.computeIfAbsent(e.row(), row -> new ArrayList<>()).add(e));
        Collector collector = new Collector(byRow);
        try {
            UploadedFile.of(BatchSource.CSV, content).read(collector);
        } catch (DvkException e) {
            // a file the ingest could not read has no table to show; its error says why
            return new UploadPreview(List.of(), List.of(), false);
        }
        return collector.preview();
    }

    /** Headers compare as the ingest matches them: without case, diacritics, spaces or punctuation. */
    static String key(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** Keeps the first row as the header, then the rows worth showing. */
    private static final class Collector implements RowSink {

        private final Map<Long, List<RowError>> errors;
        private final List<PreviewRow> rows = new ArrayList<>();
        private List<String> headers;
        private List<String> keys;
        private boolean cut;
        private int seen;

        Collector(Map<Long, List<RowError>> errors) {
            this.errors = errors;
        }

        @Override
        public void row(long number, String[] cells) {
            List<String> shown = shown(cells);
            if (headers == null) {
                headers = shown;
                keys = headers.stream().map(UploadPreview::key).toList();
                return;
            }
            seen++;
            List<RowError> own = errors.getOrDefault(number, List.of());
            if (seen > FIRST_ROWS && own.isEmpty() || rows.size() >= MAX_ROWS) {
                cut = true;
                return;
            }
            Set<Integer> bad = new HashSet<>();
            boolean rowError = false;
            for (RowError error : own) {
                int column = error.column() == null ? -1 : keys.indexOf(key(error.column()));
                if (column >= 0) {
                    bad.add(column);
                } else {
                    rowError = true;
                }
            }
            rows.add(new PreviewRow(number, shown, bad, rowError));
        }

        private List<String> shown(String[] cells) {
            if (cells.length > MAX_COLUMNS) {
                cut = true;
            }
            List<String> shown = new ArrayList<>(Math.min(cells.length, MAX_COLUMNS));
            for (int i = 0; i < Math.min(cells.length, MAX_COLUMNS); i++) {
                shown.add(cells[i] == null ? "" : cells[i]);
            }
            return shown;
        }

        UploadPreview preview() {
            return headers == null
                    ? new UploadPreview(List.of(), List.of(), false)
                    : new UploadPreview(headers, List.copyOf(rows), cut);
        }
    }
}
