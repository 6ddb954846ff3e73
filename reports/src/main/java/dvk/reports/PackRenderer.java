package dvk.reports;

import dvk.reports.docx.DocxPackWriter;
import dvk.reports.pack.ReportPack;
import dvk.reports.pdf.PdfPackRenderer;
import dvk.reports.xlsx.XlsxPackWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Renders a meeting pack as PDF (for printing), DOCX (for editing), XLSX (for the tables) or all three in one
 * ZIP. Create one per application and share it: it is thread-safe and compiles its templates only once.
 */
public final class PackRenderer {

    private final PdfPackRenderer pdf = new PdfPackRenderer();
    private final DocxPackWriter docx = new DocxPackWriter();
    private final XlsxPackWriter xlsx = new XlsxPackWriter();

    /** Compiles the PDF templates for this many campaign fields now, so the first request is not the slow one. */
    public void warmUp(int fieldCount) {
        pdf.warmUp(fieldCount);
    }

    public byte[] pdf(ReportPack pack) {
        return bytes(pack, this::pdf);
    }

    public void pdf(ReportPack pack, OutputStream out) {
        pdf.write(pack, out);
    }

    public byte[] docx(ReportPack pack) {
        return bytes(pack, this::docx);
    }

    public void docx(ReportPack pack, OutputStream out) {
        docx.write(pack, out);
    }

    public byte[] xlsx(ReportPack pack) {
        return bytes(pack, this::xlsx);
    }

    public void xlsx(ReportPack pack, OutputStream out) {
        xlsx.write(pack, out);
    }

    public byte[] zip(ReportPack pack, String baseName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        zip(pack, baseName, out);
        return out.toByteArray();
    }

    /**
     * Writes baseName.pdf, baseName.docx and baseName.xlsx into one ZIP; baseName must be ASCII (see
     * {@link PackFileNames}). Leaves {@code out} open for the caller to close.
     */
    public void zip(ReportPack pack, String baseName, OutputStream out) {
        if (!baseName.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("Zip entry base name must be ASCII letters, digits, '.', '_' or '-': " + baseName);
        }
        try {
            ZipOutputStream zip = new ZipOutputStream(out);
            entry(zip, baseName + ".pdf", pdf(pack));
            entry(zip, baseName + ".docx", docx(pack));
            entry(zip, baseName + ".xlsx", xlsx(pack));
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the pack ZIP", e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] bytes(ReportPack pack, BiConsumer<ReportPack, OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(pack, out);
        return out.toByteArray();
    }
}
