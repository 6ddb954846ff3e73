package dvk.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheets built in the test, as offices' programs save them: .xlsx and .xls by POI, .ods by hand. */
public final class SpreadsheetFiles {

    static final String ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private SpreadsheetFiles() {}

    /** Cells that parse as whole numbers are written as numeric cells, the rest as text. */
    static byte[] xlsx(List<List<String>> rows) {
        return workbook(new XSSFWorkbook(), rows);
    }

    public static byte[] xls(List<List<String>> rows) {
        return workbook(new HSSFWorkbook(), rows);
    }

    private static byte[] workbook(Workbook workbook, List<List<String>> rows) {
        try (workbook;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Mẫu M2");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (value.matches("[1-9][0-9]{0,5}")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An .ods as LibreOffice writes it: the mimetype entry first and stored, rows as {@code table:table-row}. */
    static byte[] ods(List<List<String>> rows) {
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            table.append("<table:table-row>");
            for (String cell : row) {
                table.append(
                        cell.isEmpty()
                                ? "<table:table-cell/>"
                                : "<table:table-cell office:value-type=\"string\"><text:p>" + escape(cell)
                                        + "</text:p></table:table-cell>");
            }
            table.append("</table:table-row>");
        }
        return odsWithTable(ODS_MIMETYPE, table.toString());
    }

    /** An .ods whose first sheet's rows are the given XML, with a second sheet that must not be read. */
    static byte[] odsWithTable(String mimetype, String rowsXml) {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                  <office:body><office:spreadsheet>
                    <table:table table:name="Mẫu M2"><table:table-column table:number-columns-repeated="1024"/>
                """ + rowsXml + """
                    </table:table>
                    <table:table table:name="Sheet2"><table:table-row><table:table-cell office:value-type="string">
                      <text:p>không đọc</text:p></table:table-cell></table:table-row></table:table>
                  </office:spreadsheet></office:body>
                </office:document-content>
                """;
        return zip(mimetype, content.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] zip(String mimetype, byte[] contentXml) {
        return zip(mimetype, out -> out.write(contentXml));
    }

    /** An .ods whose content.xml is {@code megabytes} MB of blank space inside the root element. */
    static byte[] zipBombOds(int megabytes) {
        return zip(ODS_MIMETYPE, out -> {
            out.write(
                    "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">"
                            .getBytes(StandardCharsets.US_ASCII));
            byte[] blank = new byte[1 << 20];
            java.util.Arrays.fill(blank, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(blank);
            }
            out.write("</office:document-content>".getBytes(StandardCharsets.US_ASCII));
        });
    }

    private static byte[] zip(String mimetype, SheetRows contentXml) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            contentXml.write(zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/>"
                            + "</manifest:manifest>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A minimal .xlsx with one sheet whose {@code sheetData} is produced by {@code sheetRows}, written straight
     * into the zip: POI itself refuses to build sheets beyond Excel's limits, and zip bombs are not built by POI.
     */
    static byte[] rawXlsx(SheetRows sheetRows) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>""");
            put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
                            + "spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            sheetRows.write(zip);
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the rows of a raw sheet. */
    @FunctionalInterface
    interface SheetRows {
        void write(OutputStream out) throws IOException;
    }

    /** Row 1 with one number in each of {@code columns} columns: the 1,000,000-column sheet of the probe. */
    public static byte[] wideXlsx(int columns) {
        return rawXlsx(out -> {
            out.write("<row r=\"1\">".getBytes(StandardCharsets.US_ASCII));
            for (int c = 0; c < columns; c++) {
                out.write(("<c r=\"" + CellReference.convertNumToColString(c) + "1\"><v>" + c % 10 + "</v></c>")
                        .getBytes(StandardCharsets.US_ASCII));
            }
            out.write("</row>".getBytes(StandardCharsets.US_ASCII));
        });
    }

    /** A sheet of {@code megabytes} MB of blank space between two rows: it compresses about 1,000 to 1. */
    static byte[] zipBombXlsx(int megabytes) {
        return rawXlsx(out -> {
            byte[] blank = new byte[1 << 20];
            java.util.Arrays.fill(blank, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                out.write(blank);
            }
        });
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
