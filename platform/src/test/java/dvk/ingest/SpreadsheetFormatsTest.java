package dvk.ingest;

import static dvk.ingest.SpreadsheetFiles.ODS_MIMETYPE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.errors.InvalidException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;

/** Every spreadsheet format offices have, told apart by content and read into the same rows as CSV. */
class SpreadsheetFormatsTest {

    /** Mẫu M2 as typed: a title line, the header, a section row and a data row with a multi-line cell. */
    static final List<List<String>> FORM = List.of(
            List.of("BẢNG ĐĂNG KÝ MÔ HÌNH \"DÂN VẬN KHÉO\" NĂM 2023"),
            List.of("TT", "Mã đơn vị", "Tên tập thể, cá nhân", "Tên mô hình", "KT", "Ghi chú"),
            List.of("I", "Tập thể", "", "", "", ""),
            List.of("1", "02947", "Chi bộ Tổ dân phố 1A", "Dân vận khéo trong\nphát triển kinh tế", "1", "Mới"));

    @Test
    void xlsxXlsOdsAndCsvOfTheSameFormReadAsTheSameRowsWhateverTheirNames() {
        String csv = "\"BẢNG ĐĂNG KÝ MÔ HÌNH \"\"DÂN VẬN KHÉO\"\" NĂM 2023\"\n"
                + "TT,Mã đơn vị,\"Tên tập thể, cá nhân\",Tên mô hình,KT,Ghi chú\n"
                + "I,Tập thể,,,,\n"
                + "1,02947,Chi bộ Tổ dân phố 1A,\"Dân vận khéo trong\nphát triển kinh tế\",1,Mới\n";
        List<List<String>> expected = List.of(
                List.of("1", "BẢNG ĐĂNG KÝ MÔ HÌNH \"DÂN VẬN KHÉO\" NĂM 2023"),
                List.of("2", "TT", "Mã đơn vị", "Tên tập thể, cá nhân", "Tên mô hình", "KT", "Ghi chú"),
                List.of("3", "I", "Tập thể"),
                List.of(
                        "4",
                        "1",
                        "02947",
                        "Chi bộ Tổ dân phố 1A",
                        "Dân vận khéo trong\nphát triển kinh tế",
                        "1",
                        "Mới"));

        assertEquals(BatchSource.XLSX, read(SpreadsheetFiles.xlsx(FORM)).format());
        assertEquals(expected, read(SpreadsheetFiles.xlsx(FORM)).rows());
        assertEquals(BatchSource.XLS, read(SpreadsheetFiles.xls(FORM)).format());
        assertEquals(expected, read(SpreadsheetFiles.xls(FORM)).rows());
        assertEquals(BatchSource.ODS, read(SpreadsheetFiles.ods(FORM)).format());
        assertEquals(expected, read(SpreadsheetFiles.ods(FORM)).rows());
        assertEquals(BatchSource.CSV, read(csv.getBytes(StandardCharsets.UTF_8)).format());
        assertEquals(
                expected, trimmed(read(csv.getBytes(StandardCharsets.UTF_8)).rows()));
    }

    /** Offices' sheets add up their columns: a formula cell reads as the value it last showed, as in .xlsx. */
    @Test
    void anXlsFormulaCellReadsAsItsComputedValue() throws IOException {
        byte[] xls;
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellValue(12);
            row.createCell(1).setCellValue(30);
            row.createCell(2).setCellFormula("A1+B1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xls = out.toByteArray();
        }

        assertEquals(List.of(List.of("1", "12", "30", "42")), read(xls).rows());
    }

    @Test
    void odsRepeatsSpacesParagraphsAndAnnotationsReadAsLibreOfficeShowsThem() {
        String rows = """
                <table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>
                <table:table-row>
                  <table:table-cell table:number-columns-repeated="2"/>
                  <table:table-cell office:value-type="string" table:number-columns-repeated="2">
                    <office:annotation><text:p>ghi chú của người nhập, không phải ô</text:p></office:annotation>
                    <text:p>Tổ<text:s text:c="2"/>hòa giải</text:p><text:p><text:span>thôn</text:span> Làng Chúng</text:p>
                  </table:table-cell>
                  <table:covered-table-cell/>
                  <table:table-cell office:value-type="float" office:value="2947"/>
                  <table:table-cell table:number-columns-repeated="16000"/>
                </table:table-row>
                <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
                """;

        Read read = read(SpreadsheetFiles.odsWithTable(ODS_MIMETYPE, rows));

        assertEquals(
                List.of(List.of(
                        "3", "", "", "Tổ  hòa giải\nthôn Làng Chúng", "Tổ  hòa giải\nthôn Làng Chúng", "", "2947")),
                read.rows());
    }

    @Test
    void anotherOpenDocumentAnImageAPdfAndAnEmptyFileAreRefusedWithATrueMessage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        List<byte[]> notSheets = List.of(
                SpreadsheetFiles.odsWithTable("application/vnd.oasis.opendocument.text", ""),
                png,
                "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                "PK\u0005\u0006\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1),
                "PK\u0003\u0004 not really a zip, whatever its name says".getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] file : notSheets) {
            InvalidException refused =
                    assertThrows(InvalidException.class, () -> read(file), () -> "file " + notSheets.indexOf(file));
            assertEquals("unsupported-format", refused.code().type());
            assertTrue(refused.messageVi().startsWith("Tệp không phải bảng tính hoặc CSV"), refused.messageVi());
            assertTrue(refused.messageEn().startsWith("The file is not a spreadsheet or CSV"), refused.messageEn());
        }
        assertEquals(
                "empty-file",
                assertThrows(InvalidException.class, () -> read(new byte[0]))
                        .code()
                        .type());
    }

    @Test
    void anUnterminatedQuoteIsACsvErrorOnItsRow() {
        byte[] csv = "Mã đơn vị,Tên mô hình\n02947,\"Chè sạch\n02948,Đường hoa\n".getBytes(StandardCharsets.UTF_8);

        InvalidException refused = assertThrows(InvalidException.class, () -> read(csv));

        assertEquals("invalid-csv", refused.code().type());
        assertEquals(2, ((RowError) ((List<?>) refused.details().get("errors")).get(0)).row());
        assertTrue(refused.messageEn().startsWith("Invalid CSV at row 2"), refused.messageEn());
    }

    /** The parser holds a record whole: an unclosed quote must not turn the rest of a large file into one cell. */
    @Test
    void anUnclosedQuoteAtTheTopOfALargeCsvIsRefusedOnceItsRowPassesTheLimit() {
        String rest = "02948,Đường hoa\n".repeat(400_000);
        byte[] csv =
                ("Mã đơn vị,Tên mô hình\n02947,Chè sạch\n02947,\"Chè sạch\n" + rest).getBytes(StandardCharsets.UTF_8);

        InvalidException refused = assertThrows(InvalidException.class, () -> read(csv));

        assertEquals("row-too-long", refused.code().type());
        assertEquals(
                "Row 3 is longer than 4194304 characters: perhaps a quote (\") is not closed.", refused.messageEn());
    }

    /** HSSF holds an .xls whole, about 11 times its size: a larger one is refused before it is parsed. */
    @Test
    void anXlsOverTenMegabytesIsRefusedBeforeItIsRead() {
        byte[] xls = new byte[11 << 20];
        System.arraycopy(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0,
                xls,
                0,
                8);

        InvalidException refused = assertThrows(InvalidException.class, () -> read(xls));

        assertEquals("xls-too-large", refused.code().type());
        assertTrue(refused.messageVi().contains("Excel Workbook (*.xlsx)"), refused.messageVi());
    }

    @Test
    void zipBombsAreStoppedBeforeTheyInflate() {
        byte[] xlsx = SpreadsheetFiles.zipBombXlsx(200);
        byte[] ods = SpreadsheetFiles.zipBombOds(200);

        assertTrue(xlsx.length < 1_000_000, "xlsx bomb of " + xlsx.length + " bytes");
        assertEquals(
                "zip-bomb",
                assertThrows(InvalidException.class, () -> read(xlsx)).code().type());
        assertEquals(
                "zip-bomb",
                assertThrows(InvalidException.class, () -> read(ods)).code().type());
    }

    /** The probe's 1,000,000-column sheet: refused at column 16,385, in bounded heap and time. */
    @Test
    void aMillionColumnSheetIsRefusedAtExcelsColumnLimit() {
        byte[] wide = SpreadsheetFiles.wideXlsx(1_000_000);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();

        InvalidException refused = assertThrows(InvalidException.class, () -> read(wide));

        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(
                "1M-column xlsx: %,d bytes, refused in %d ms, peak heap %,d MiB%n", wide.length, millis, peak >> 20);
        assertEquals("too-many-columns", refused.code().type());
        assertTrue(refused.messageEn().startsWith("Row 1 has data in column XFE"), refused.messageEn());
        assertTrue(millis < 10_000, millis + " ms");
    }

    private record Read(BatchSource format, List<List<String>> rows) {}

    /** Each row as its number then its cells, trailing blank cells left out as the sheet formats leave them. */
    private static Read read(byte[] file) {
        List<List<String>> rows = new ArrayList<>();
        UploadedFile upload = UploadedFile.of(BatchSource.CSV, new ByteArrayInputStream(file));
        upload.read((number, cells) -> {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(number));
            row.addAll(Arrays.asList(cells));
            rows.add(row);
        });
        return new Read(upload.format(), trimmed(rows));
    }

    private static List<List<String>> trimmed(List<List<String>> rows) {
        List<List<String>> trimmed = new ArrayList<>();
        for (List<String> row : rows) {
            int end = row.size();
            while (end > 1 && (row.get(end - 1) == null || row.get(end - 1).isEmpty())) {
                end--;
            }
            trimmed.add(row.subList(0, end));
        }
        return trimmed;
    }
}
