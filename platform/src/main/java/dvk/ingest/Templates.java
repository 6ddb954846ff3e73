package dvk.ingest;

import dvk.campaigns.Campaign;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Empty batch files with the campaign's own columns, as offices fill them in Excel: the CSV starts with a
 * BOM so that Excel opens it as UTF-8, and the registration template carries the two section rows of Mẫu M2.
 */
public final class Templates {

    private Templates() {}

    /** The download's name, Vietnamese folded to ASCII so that every browser and mail program keeps it. */
    public static String fileName(BatchKind kind, String extension) {
        return kind.templateName() + "." + extension;
    }

    public static byte[] csv(Campaign campaign, BatchKind kind) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            for (List<String> row : rows(campaign, kind)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(Campaign campaign, BatchKind kind) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(kind.sqlName());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            // unit codes such as 02947 must stay text, or Excel drops the leading zero
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            List<List<String>> rows = rows(campaign, kind);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                    row.getCell(c).setCellStyle(r == 0 ? bold : text);
                }
            }
            for (int c = 0; c < rows.get(0).size(); c++) {
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, 18 * 256);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> rows(Campaign campaign, BatchKind kind) {
        Form form = kind.form(campaign);
        List<String> header = form.columns().stream().map(Column::header).toList();
        List<List<String>> rows = new ArrayList<>(List.of(header));
        if (kind == BatchKind.REGISTRATIONS) {
            rows.add(section(header.size(), "I", "Tập thể"));
            rows.add(section(header.size(), "II", "Cá nhân"));
        }
        return rows;
    }

    private static List<String> section(int width, String number, String title) {
        List<String> row = new ArrayList<>(java.util.Collections.nCopies(width, ""));
        row.set(0, number);
        row.set(1, title);
        return row;
    }
}
