package dvk.reports.pdf;

import dvk.reports.body.ReportBody;
import dvk.reports.body.VietnameseText;
import dvk.reports.chart.BarChartPainter;
import dvk.reports.fonts.DvkSerif;
import dvk.reports.pack.DocumentHeader;
import dvk.reports.pack.ReportPack;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Prints the pack as one PDF: the portrait report (pack-body.jrxml) followed by the landscape Mẫu M2 annex
 * (pack-annex.jrxml). Thread-safe; templates are compiled once per instance.
 */
public final class PdfPackRenderer {

    /** Pages kept in memory per fill; the rest are swapped to a temporary file so large annexes stay bounded. */
    private static final int PAGES_IN_MEMORY = 30;

    private final CompiledTemplates templates = new CompiledTemplates();
    private final BodyRows bodyRows = new BodyRows(new BarChartPainter(DvkSerif.regular()));

    /** Compiles the templates for this many campaign fields now rather than on the first pack. */
    public void warmUp(int fieldCount) {
        templates.get(CompiledTemplates.BODY, fieldCount);
        templates.get(CompiledTemplates.ANNEX, fieldCount);
    }

    /** How many templates are compiled and ready: one body and one annex per field count seen. */
    public int compiledTemplates() {
        return templates.count();
    }

    public void write(ReportPack pack, OutputStream out) {
        JRSwapFileVirtualizer virtualizer = new JRSwapFileVirtualizer(
                PAGES_IN_MEMORY, new JRSwapFile(System.getProperty("java.io.tmpdir"), 4096, 256), true);
        try {
            List<TemplateRow> body = bodyRows.of(ReportBody.of(pack));
            List<TemplateRow> annex = AnnexRows.of(pack.annex(), pack.fields());
            // The footer says "Trang 3/17" across both parts, so each part needs the other's page count:
            // the short body is filled twice rather than the long annex.
            JasperPrint draftBody = fillBody(pack, body, 0, virtualizer);
            int bodyPages = draftBody.getPages().size();
            JasperPrint annexPrint = annex.isEmpty() ? null : fillAnnex(pack, annex, bodyPages, virtualizer);
            int annexPages = annexPrint == null ? 0 : annexPrint.getPages().size();
            JasperPrint bodyPrint = annexPages == 0 ? draftBody : fillBody(pack, body, annexPages, virtualizer);
            virtualizer.setReadOnly(true);
            export(pack, annexPrint == null ? List.of(bodyPrint) : List.of(bodyPrint, annexPrint), out);
        } catch (JRException e) {
            throw new IllegalStateException("Cannot render the PDF pack: " + e.getMessage(), e);
        } finally {
            virtualizer.cleanup();
        }
    }

    private JasperPrint fillBody(
            ReportPack pack, List<TemplateRow> rows, int pagesAfter, JRSwapFileVirtualizer virtualizer)
            throws JRException {
        DocumentHeader header = pack.header();
        Map<String, Object> parameters = commonParameters(pack, 0, pagesAfter, virtualizer);
        parameters.put("SUPERIOR_BODY", header.superiorBody());
        parameters.put("ISSUING_BODY", header.issuingBody());
        parameters.put("DOCUMENT_NUMBER", header.documentNumber());
        parameters.put("PLACE_AND_DATE", VietnameseText.placeAndDate(header.placeName(), header.date()));
        List<String> title = header.titleLines();
        parameters.put("TITLE_MAIN", title.isEmpty() ? "" : title.get(0));
        parameters.put("TITLE_REST", String.join("\n", title.subList(Math.min(1, title.size()), title.size())));
        parameters.put("SIGN_ON_BEHALF", pack.signer().onBehalfOf());
        parameters.put("SIGN_TITLE", pack.signer().title());
        parameters.put("SIGN_NAME", pack.signer().name());
        parameters.put(
                "RECIPIENTS",
                String.join("\n", pack.recipients().stream().map(r -> "- " + r).toList()));
        return JasperFillManager.fillReport(
                templates.get(CompiledTemplates.BODY, pack.fields().size()), parameters, RecordDataSource.of(rows));
    }

    private JasperPrint fillAnnex(
            ReportPack pack, List<TemplateRow> rows, int pagesBefore, JRSwapFileVirtualizer virtualizer)
            throws JRException {
        DocumentHeader header = pack.header();
        Map<String, Object> parameters = commonParameters(pack, pagesBefore, 0, virtualizer);
        parameters.put("ANNEX_TITLE", "BIỂU TỔNG HỢP ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” (MẪU M2)");
        parameters.put(
                "ANNEX_SUBTITLE",
                "(Kèm theo " + header.documentNumber() + " ngày "
                        + VietnameseText.shortDate(header.date()) + " của " + header.issuingBody() + " "
                        + header.superiorBody() + " – " + header.unitName() + ", "
                        + header.period().label() + ")");
        for (int slot = 0; slot < pack.fields().size(); slot++) {
            parameters.put("FIELD_" + slot, pack.fields().get(slot).name());
        }
        return JasperFillManager.fillReport(
                templates.get(CompiledTemplates.ANNEX, pack.fields().size()), parameters, RecordDataSource.of(rows));
    }

    private static Map<String, Object> commonParameters(
            ReportPack pack, int pageOffset, int pagesAfter, JRSwapFileVirtualizer virtualizer) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
        parameters.put(
                "DATA_TIME",
                pack.freeze() != null ? VietnameseText.frozen(pack.freeze()) : VietnameseText.dataTime(pack.asOf()));
        parameters.put("PAGE_OFFSET", pageOffset);
        parameters.put("PAGES_AFTER", pagesAfter);
        return parameters;
    }

    private static void export(ReportPack pack, List<JasperPrint> prints, OutputStream out) throws JRException {
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(String.join(" ", pack.header().titleLines()));
        configuration.setMetadataAuthor(
                pack.header().issuingBody() + " " + pack.header().superiorBody());
        configuration.setMetadataCreator("DVK");
        configuration.setCompressed(true);
        exporter.setConfiguration(configuration);
        exporter.exportReport();
    }
}
