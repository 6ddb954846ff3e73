package dvk.ingest;

import java.io.BufferedInputStream;
import java.io.InputStream;

/**
 * An upload and the format it is read as: for a file, the one its first bytes show ({@link FileSignature}); for
 * JSON, the one its sender declared; DVK's own forms and demo send CSV. The one way any code reads a batch
 * file's rows, so the ingest and the web page's preview of a file's errors read the same cells.
 */
public record UploadedFile(BatchSource format, InputStream content) {

    public static UploadedFile of(BatchSource declared, InputStream content) {
        BufferedInputStream buffered = new BufferedInputStream(content, 1 << 16);
        return switch (declared) {
            case CSV, XLSX, XLS, ODS -> new UploadedFile(FileSignature.detect(buffered), buffered);
            case JSON, FORM, DEMO -> new UploadedFile(declared, buffered);
        };
    }

    public void read(RowSink sink) {
        switch (format) {
            case XLSX -> XlsxRows.read(content, sink);
            case XLS -> XlsRows.read(content, sink);
            case ODS -> OdsRows.read(content, sink);
            case JSON -> JsonRows.read(content, sink);
            case CSV, FORM, DEMO -> CsvRows.read(content, sink);
        }
    }
}
