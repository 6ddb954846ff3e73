package dvk.rollups;

import dvk.time.Vietnam;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Table} as users open it: CSV in UTF-8 with a BOM (so Excel reads Vietnamese), with commas or,
 * for an Excel set to Vietnamese (whose list separator is ";"), semicolons; or XLSX with whole numbers as
 * integers, text as text cells (codes keep their leading zeros) and real dates. Dates are written dd/mm/yyyy and
 * times in Vietnam's time zone.
 *
 * <p>A CSV cell starting with {@code = + - @}, a tab or a carriage return is prefixed with an apostrophe: a
 * spreadsheet would otherwise run it as a formula (a registrant typed {@code =1+2}, or worse). An XLSX text cell
 * is never a formula, so it keeps the text as typed.
 */
public final class TableWriter {

    /** The CSV separator: commas, or semicolons for an Excel whose regional settings are Vietnamese. */
    public enum Delimiter {
        COMMA(','),
        SEMICOLON(';');

        private final char character;

        Delimiter(char character) {
            this.character = character;
        }
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private TableWriter() {}

    public static byte[] csv(Table table) {
        return csv(table, Delimiter.COMMA);
    }

    public static byte[] csv(Table table, Delimiter delimiter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSVFormat format =
                CSVFormat.EXCEL.builder().setDelimiter(delimiter.character).get();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            writer.write('\uFEFF');
            printer.printRecord(
                    table.headers().stream().map(TableWriter::csvCell).toList());
            for (List<Object> row : table.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                row.forEach(value -> cells.add(csvCell(value)));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A value as CSV text: numbers as written, dates dd/mm/yyyy, text neutralised against formulas. */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant.atZone(Vietnam.ZONE));
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static byte[] xlsx(Table table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(table.name());
            write(sheet.createRow(0), new ArrayList<>(table.headers()), styles);
            int r = 1;
            for (List<Object> row : table.rows()) {
                write(sheet.createRow(r++), row, styles);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell formats of one workbook. */
    private record Styles(CellStyle text, CellStyle integer, CellStyle decimal, CellStyle date, CellStyle dateTime) {

        Styles(SXSSFWorkbook workbook) {
            this(
                    style(workbook, "@"),
                    style(workbook, "#,##0"),
                    style(workbook, "#,##0.##"),
                    style(workbook, "dd/mm/yyyy"),
                    style(workbook, "dd/mm/yyyy hh:mm"));
        }

        private static CellStyle style(SXSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }

    private static void write(Row row, List<?> values, Styles styles) {
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
                cell.setCellStyle(d.stripTrailingZeros().scale() <= 0 ? styles.integer() : styles.decimal());
            } else if (value instanceof Double || value instanceof Float) {
                cell.setCellValue(((Number) value).doubleValue());
                cell.setCellStyle(styles.decimal());
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(styles.integer());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date());
            } else if (value instanceof Instant instant) {
                cell.setCellValue(LocalDateTime.ofInstant(instant, Vietnam.ZONE));
                cell.setCellStyle(styles.dateTime());
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
                cell.setCellStyle(styles.text());
            }
        }
    }
}
