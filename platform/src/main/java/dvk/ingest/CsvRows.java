package dvk.ingest;

import dvk.errors.InvalidException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV as Excel and LibreOffice save it: UTF-8 with or without BOM, comma or semicolon (detected),
 * RFC 4180 quoting with newlines inside quotes, CRLF or LF. Anything that is not UTF-8 is refused with the
 * Excel menu path that fixes it: a Windows-1258 file read as UTF-8 would store broken Vietnamese silently.
 */
final class CsvRows {

    private static final int SAMPLE = 64 * 1024;
    /** Four times a row of 32 cells each holding Excel's most, 32,767 characters: far more than any office's row. */
    private static final int MAX_RECORD_CHARS = 4 * 1024 * 1024;

    private CsvRows() {}

    static void read(InputStream content, RowSink sink) {
        try {
            BufferedInputStream bytes = new BufferedInputStream(content, 1 << 16);
            skipBom(bytes);
            BufferedReader text = new BufferedReader(
                    new RecordBound(new InputStreamReader(
                            bytes,
                            StandardCharsets.UTF_8
                                    .newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT))),
                    1 << 16);
            char delimiter = detectDelimiter(text);
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    .setIgnoreEmptyLines(false)
                    .get();
            try (CSVParser parser = CSVParser.parse(text, format)) {
                try {
                    for (CSVRecord record : parser) {
                        SheetLimits.column(record.getRecordNumber(), record.size() - 1L);
                        sink.row(record.getRecordNumber(), record.values());
                    }
                } catch (UncheckedIOException e) {
                    if (e.getCause() instanceof CharacterCodingException) {
                        throw notUtf8("Windows-1258 / ANSI");
                    }
                    // the parser's only other failures: an unclosed quote, or text after a closing quote
                    if (e.getCause() instanceof CSVException) {
                        long row = parser.getRecordNumber() + 1;
                        throw SheetReader.fileError(row, null, IngestErrorCode.INVALID_CSV, row);
                    }
                    throw e;
                }
            }
        } catch (CharacterCodingException e) {
            throw notUtf8("Windows-1258 / ANSI");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-16 shows itself by its byte-order mark or by the zero bytes of its ASCII characters. */
    private static void skipBom(BufferedInputStream bytes) throws IOException {
        bytes.mark(4);
        int b0 = bytes.read();
        int b1 = bytes.read();
        int b2 = bytes.read();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return;
        }
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE) || b0 == 0 || b1 == 0) {
            throw notUtf8("UTF-16");
        }
        bytes.reset();
    }

    /** The delimiter that occurs more often outside quotes in the first 64 KiB. */
    private static char detectDelimiter(BufferedReader text) throws IOException {
        text.mark(SAMPLE + 1);
        char[] sample = new char[SAMPLE];
        int length = text.read(sample, 0, SAMPLE);
        text.reset();
        int commas = 0;
        int semicolons = 0;
        int zeros = 0;
        boolean quoted = false;
        for (int i = 0; i < Math.max(length, 0); i++) {
            char c = sample[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (c == 0) {
                zeros++;
            }
        }
        // UTF-16 read as UTF-8 is a NUL every other character; a stray NUL is a bad cell, reported by row
        if (zeros * 4 > length) {
            throw notUtf8("UTF-16");
        }
        return semicolons > commas ? ';' : ',';
    }

    /**
     * Refuses a record longer than {@link #MAX_RECORD_CHARS} as it is read: the parser holds a whole record in
     * memory, and an unclosed quote near the top of a 2 GB file would otherwise make the rest of it one cell.
     * Records are counted by the line breaks outside quotes, which is how RFC 4180 ends them.
     */
    private static final class RecordBound extends FilterReader {

        private long records;
        private long length;
        private boolean quoted;

        RecordBound(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            int n = super.read(buffer, offset, count);
            for (int i = offset; i < offset + n; i++) {
                char c = buffer[i];
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == '\n' && !quoted) {
                    records++;
                    length = 0;
                    continue;
                }
                if (++length > MAX_RECORD_CHARS) {
                    throw SheetReader.fileError(
                            records + 1, null, IngestErrorCode.ROW_TOO_LONG, records + 1, MAX_RECORD_CHARS);
                }
            }
            return n;
        }
    }

    static InvalidException notUtf8(String detected) {
        return SheetReader.fileError(1, null, IngestErrorCode.NOT_UTF8, detected);
    }
}
