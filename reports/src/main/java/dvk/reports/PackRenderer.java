package dvk.reports;

import dvk.reports.docx.DocxPackWriter;
import dvk.reports.pack.ReportPack;
import dvk.reports.pdf.PdfPackRenderer;
import dvk.reports.xlsx.XlsxPackWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.BiConsumer;

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

    /** How many PDF templates are compiled and ready. */
    public int compiledTemplates() {
        return pdf.compiledTemplates();
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

    private static byte[] bytes(ReportPack pack, BiConsumer<ReportPack, OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(pack, out);
        return out.toByteArray();
    }
}
