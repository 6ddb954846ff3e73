package dvk.reports.xlsx;

import dvk.reports.fonts.DvkSerif;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Appends rows to one sheet: numbers as numeric cells, dates as dates, text as text. */
final class SheetWriter {

    /** The few cell styles a workbook shares; Excel limits how many a file may hold. */
    record Styles(
            CellStyle title,
            CellStyle header,
            CellStyle text,
            CellStyle bold,
            CellStyle number,
            CellStyle boldNumber,
            CellStyle date) {

        Styles(Workbook workbook) {
            this(
                    style(workbook, true, 13, false),
                    headerStyle(workbook),
                    style(workbook, false, 11, true),
                    style(workbook, true, 11, true),
                    numberStyle(workbook, false),
                    numberStyle(workbook, true),
                    dateStyle(workbook));
        }
    }

    private final Sheet sheet;
    private final Styles styles;
    private int nextRow;

    SheetWriter(SXSSFWorkbook workbook, String name, Styles styles) {
        this.sheet = workbook.createSheet(name);
        this.styles = styles;
    }

    void title(String text) {
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title());
        nextRow++;
    }

    void header(List<?> labels) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < labels.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(String.valueOf(labels.get(i)));
            cell.setCellStyle(styles.header());
        }
    }

    void row(List<?> values, boolean bold) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            Cell cell = row.createCell(i);
            Object value = values.get(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(bold ? styles.boldNumber() : styles.number());
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date());
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
                cell.setCellStyle(bold ? styles.bold() : styles.text());
            }
        }
    }

    void blank() {
        nextRow++;
    }

    /** Column widths in characters, from the first column on. */
    void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    private static CellStyle style(Workbook workbook, boolean bold, int points, boolean bordered) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName(DvkSerif.WORD_FAMILY);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        style.setFont(font);
        style.setWrapText(bordered);
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = style(workbook, true, 11, true);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static CellStyle numberStyle(Workbook workbook, boolean bold) {
        CellStyle style = style(workbook, bold, 11, true);
        style.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT);
        return style;
    }

    private static CellStyle dateStyle(Workbook workbook) {
        CellStyle style = style(workbook, false, 11, true);
        style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        return style;
    }
}
