package dvk.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The first sheet of an OpenDocument spreadsheet (.ods, as LibreOffice and WPS save it): a zip whose
 * {@code content.xml} is read with a streaming (StAX) parser, one row at a time, without DTDs or external
 * entities, and with its inflated size bounded by {@link InflationGuard}. A cell reads as the text it shows.
 * Repeated rows and columns ({@code number-rows-repeated}, {@code number-columns-repeated}) are expanded only
 * where they hold text: LibreOffice writes the empty rest of a sheet as one row repeated a million times.
 */
final class OdsRows {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private final RowSink sink;
    private final List<String> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private long row;
    private long rowRepeat;
    private long blanks;
    private int paragraphs;
    private boolean inParagraph;

    private OdsRows(RowSink sink) {
        this.sink = sink;
    }

    static void read(InputStream content, RowSink sink) {
        Path spool = Spool.of(content, ".ods");
        try (ZipFile zip = new ZipFile(spool.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry body = zip.getEntry("content.xml");
            if (!spreadsheet(zip) || body == null) {
                throw FileSignature.notASheet();
            }
            try (InputStream xml = new InflationGuard(zip.getInputStream(body), body.getCompressedSize())) {
                new OdsRows(sink).parse(xml);
            }
        } catch (ZipException e) {
            throw FileSignature.notASheet();
        } catch (XMLStreamException e) {
            throw InflationGuard.found(e) ? InflationGuard.error() : FileSignature.notASheet();
        } catch (InflationGuard.Exceeded e) {
            throw InflationGuard.error();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Spool.delete(spool);
        }
    }

    /** The {@code mimetype} entry names a spreadsheet (or its template), not a text document or a drawing. */
    private static boolean spreadsheet(ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry("mimetype");
        if (entry == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            String type = new String(in.readNBytes(100), StandardCharsets.US_ASCII).trim();
            return type.equals(MIMETYPE) || type.equals(MIMETYPE + "-template");
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private void parse(InputStream xml) throws XMLStreamException {
        XMLStreamReader in = factory().createXMLStreamReader(xml);
        try {
            int tables = 0;
            while (in.hasNext()) {
                int event = in.next();
                if (event == XMLStreamConstants.START_ELEMENT && TABLE.equals(in.getNamespaceURI())) {
                    switch (in.getLocalName()) {
                        case "table" -> tables++;
                        case "table-row" -> startRow(in);
                        case "table-cell", "covered-table-cell" -> cell(in);
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && TABLE.equals(in.getNamespaceURI())) {
                    if ("table".equals(in.getLocalName()) && tables == 1) {
                        return;
                    }
                    if ("table-row".equals(in.getLocalName())) {
                        endRow();
                    }
                }
            }
        } finally {
            in.close();
        }
    }

    private void startRow(XMLStreamReader in) {
        rowRepeat = repeat(in, "number-rows-repeated");
        cells.clear();
        blanks = 0;
    }

    private void endRow() {
        long repeat = rowRepeat;
        if (cells.isEmpty()) {
            row += repeat;
            return;
        }
        String[] values = cells.toArray(String[]::new);
        for (long i = 0; i < repeat; i++) {
            row++;
            SheetLimits.row(row);
            sink.row(row, values);
        }
    }

    /** One cell and its text: paragraphs are lines, {@code text:s} runs of spaces; annotations are not text. */
    private void cell(XMLStreamReader in) throws XMLStreamException {
        long repeat = repeat(in, "number-columns-repeated");
        String value = in.getAttributeValue(OFFICE, "value");
        text.setLength(0);
        paragraphs = 0;
        inParagraph = false;
        int depth = 1;
        int skipped = 0;
        while (depth > 0) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (skipped > 0 || OFFICE.equals(in.getNamespaceURI()) && "annotation".equals(in.getLocalName())) {
                    skipped++;
                } else if (TEXT.equals(in.getNamespaceURI())) {
                    textElement(in);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (skipped > 0) {
                    skipped--;
                } else if (TEXT.equals(in.getNamespaceURI()) && isParagraph(in.getLocalName())) {
                    inParagraph = false;
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && skipped == 0
                    && inParagraph) {
                append(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
            }
        }
        String shown = text.length() == 0 && value != null ? value : text.toString();
        if (shown.isEmpty()) {
            blanks += repeat;
            return;
        }
        for (long i = 0; i < blanks + repeat; i++) {
            SheetLimits.column(row + 1, cells.size());
            cells.add(i < blanks ? "" : shown);
        }
        blanks = 0;
    }

    private void textElement(XMLStreamReader in) {
        switch (in.getLocalName()) {
            case "p", "h" -> {
                if (paragraphs++ > 0) {
                    append("\n");
                }
                inParagraph = true;
            }
            case "s" -> append(" ".repeat((int) Math.min(repeat(in, "c"), SheetLimits.MAX_CELL_CHARS + 1L)));
            case "tab" -> append("\t");
            case "line-break" -> append("\n");
            default -> {}
        }
    }

    private static boolean isParagraph(String localName) {
        return "p".equals(localName) || "h".equals(localName);
    }

    private void append(String part) {
        append(part.toCharArray(), 0, part.length());
    }

    private void append(char[] chars, int start, int length) {
        SheetLimits.cellLength(
                row + 1, cells.size() + (int) Math.min(blanks, SheetLimits.MAX_COLUMNS), text.length() + length);
        text.append(chars, start, length);
    }

    private long repeat(XMLStreamReader in, String attribute) {
        String namespace = "c".equals(attribute) ? TEXT : TABLE;
        String value = in.getAttributeValue(namespace, attribute);
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
