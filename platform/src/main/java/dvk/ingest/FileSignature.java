package dvk.ingest;

import dvk.errors.InvalidException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What an uploaded file is, told by its first bytes rather than by its name: offices rename files, and a
 * .xls saved as "bao-cao.csv" must not be read as text. A zip whose first entry is {@code mimetype} is an
 * OpenDocument file (the format requires that entry first and uncompressed); any other zip is taken for an
 * .xlsx and its reader says so if it is not; an OLE2 compound file is an .xls; text is CSV. Binary files of
 * other kinds are refused here, so their bytes never reach a CSV parser or a web page.
 */
final class FileSignature {

    private static final int PEEK = 512;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] MIMETYPE = "mimetype".getBytes(StandardCharsets.US_ASCII);

    private FileSignature() {}

    /** Looks at the first bytes of {@code content} and leaves them to be read again. */
    static BatchSource detect(BufferedInputStream content) {
        byte[] head = new byte[PEEK];
        int length;
        try {
            content.mark(PEEK);
            length = content.readNBytes(head, 0, PEEK);
            content.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (length == 0) {
            throw SheetReader.fileError(1, null, IngestErrorCode.EMPTY_FILE);
        }
        if (startsWith(head, length, ZIP)) {
            return firstEntryIsMimetype(head, length) ? BatchSource.ODS : BatchSource.XLSX;
        }
        if (startsWith(head, length, OLE2)) {
            return BatchSource.XLS;
        }
        if (startsWith(head, length, EMPTY_ZIP) || startsWith(head, length, PDF) || binary(head, length)) {
            throw notASheet();
        }
        return BatchSource.CSV;
    }

    static InvalidException notASheet() {
        return SheetReader.fileError(1, null, IngestErrorCode.UNSUPPORTED_FORMAT);
    }

    /** A zip local file header is 30 bytes, then the entry's name. */
    private static boolean firstEntryIsMimetype(byte[] head, int length) {
        int nameLength = (head[26] & 0xFF) | (head[27] & 0xFF) << 8;
        if (length < 30 + MIMETYPE.length || nameLength != MIMETYPE.length) {
            return false;
        }
        for (int i = 0; i < MIMETYPE.length; i++) {
            if (head[30 + i] != MIMETYPE[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Control characters that no CSV holds (images, archives, executables), more than one byte in fifty: a stray
     * NUL in a text file is a bad cell, reported by row. UTF-16 text is full of zero bytes but is left to the CSV
     * reader, which tells the uploader how to save it as UTF-8.
     */
    private static boolean binary(byte[] head, int length) {
        boolean utf16 = length >= 2
                && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                        || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                        || head[0] == 0
                        || head[1] == 0);
        if (utf16) {
            return false;
        }
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                controls++;
            }
        }
        return controls * 50 > length;
    }

    private static boolean startsWith(byte[] head, int length, byte[] signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (head[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
