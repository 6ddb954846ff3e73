package dvk.ingest;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Streams the first sheet of a workbook through POI's SAX event reader: rows are handed on as they are
 * parsed, so memory holds one row (plus the shared-strings table), never the whole workbook. The upload is
 * spooled to a temporary file first because a ZIP must be read from its central directory at the end.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(InputStream content, String fileName, RowSink sink) {
        Path spool = null;
        try {
            spool = Files.createTempFile("dvk-upload-", ".xlsx");
            Files.copy(content, spool, StandardCopyOption.REPLACE_EXISTING);
            try (OPCPackage workbook = OPCPackage.open(spool.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(workbook);
                ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
                StylesTable styles = reader.getStylesTable();
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return;
                }
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink),
                            new DataFormatter(), false));
                    parser.parse(new InputSource(sheet));
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | org.apache.poi.UnsupportedFileFormatException e) {
            throw SheetReader.fileError(1, null, IngestErrorCode.UNSUPPORTED_FORMAT, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (spool != null) {
                spool.toFile().delete();
            }
        }
    }

    /** Collects the cells of one row by column letter; cells the sheet leaves out stay blank. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            sink.row(rowNum + 1L, cells.toArray(String[]::new));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue);
            nextColumn = column + 1;
        }
    }
}
