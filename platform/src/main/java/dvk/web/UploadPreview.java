package dvk.web;

import dvk.ingest.RowError;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The uploaded sheet as a table for the error report, with the cells named by the errors marked. Only the
 * first rows and the rows with errors are kept, so a large file does not become a huge page.
 */
record UploadPreview(List<String> headers, List<PreviewRow> rows, boolean cut) {

    static final int FIRST_ROWS = 100;
    static final int MAX_ROWS = 400;

    /** A file row (numbered as in the error list: the header is row 1) and which of its cells are wrong. */
    record PreviewRow(long number, List<String> cells, Set<Integer> bad, boolean rowError) {
        public boolean isBad(int column) {
            return bad.contains(column);
        }
    }

    static UploadPreview of(InputStream content, boolean xlsx, List<RowError> errors) throws IOException {
        List<List<String>> table = xlsx ? xlsx(content) : csv(content);
        if (table.isEmpty()) {
            return new UploadPreview(List.of(), List.of(), false);
        }
        List<String> headers = table.get(0);
        List<String> keys = headers.stream().map(UploadPreview::key).toList();
        List<PreviewRow> rows = new ArrayList<>();
        boolean cut = false;
        for (int i = 1; i < table.size(); i++) {
            long number = i + 1L;
            List<RowError> own = errors.stream().filter(e -> e.row() == number).toList();
            if (i > FIRST_ROWS && own.isEmpty() || rows.size() >= MAX_ROWS) {
                cut = true;
                continue;
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
            rows.add(new PreviewRow(number, table.get(i), bad, rowError));
        }
        return new UploadPreview(headers, rows, cut);
    }

    /** Headers compare as the ingest matches them: without case, diacritics, spaces or punctuation. */
    static String key(String header) {
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static List<List<String>> csv(InputStream content) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
        reader.mark(64 * 1024);
        String first = reader.readLine();
        reader.reset();
        if (first == null) {
            return List.of();
        }
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<List<String>> table = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.toList());
                if (table.isEmpty() && !cells.isEmpty()) {
                    cells.set(0, cells.get(0).replace("\uFEFF", ""));
                }
                table.add(cells);
            }
        }
        return table;
    }

    private static List<List<String>> xlsx(InputStream content) throws IOException {
        List<List<String>> table = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(new Locale("vi", "VN"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(content)) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                table.add(cells);
            }
        }
        return table;
    }
}
