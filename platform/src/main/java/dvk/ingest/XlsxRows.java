package dvk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
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

/**
 * Streams the first sheet of a workbook through POI's SAX event reader: rows are handed on as they are
 * parsed, so memory holds one row (plus the shared-strings table), never the whole workbook. The upload is
 * spooled to a temporary file first because a ZIP must be read from its central directory at the end.
 */
final class XlsxRows {

    private XlsxRows() {}

    static void read(InputStream content, RowSink sink) {
        Path spool = Spool.of(content, ".xlsx");
        try (OPCPackage workbook = OPCPackage.open(spool.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return;
            }
            // POI checks each entry's inflation ratio too; this bounds the sheet against the whole file
            try (InputStream sheet = new InflationGuard(sheets.next(), Files.size(spool))) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(
                        new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink), new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | UnsupportedFileFormatException
                | POIXMLException e) {
            // the upload is on disk already: a failure to read it is the file's, not the server's
            throw InflationGuard.found(e) ? InflationGuard.error() : FileSignature.notASheet();
        } finally {
            Spool.delete(spool);
        }
    }

    /** Collects the cells of one row by column letter; cells the sheet leaves out stay blank. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;
        private long row;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum + 1L;
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            sink.row(row, cells.toArray(String[]::new));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            SheetLimits.column(row, column);
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue);
            nextColumn = column + 1;
        }
    }
}
