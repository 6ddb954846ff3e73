package dvk.reports.docx;

import static dvk.reports.docx.DocxParts.run;
import static dvk.reports.docx.DocxParts.tight;

import dvk.reports.body.Block;
import dvk.reports.body.ReportBody;
import dvk.reports.body.VietnameseText;
import dvk.reports.chart.BarChartPainter;
import dvk.reports.fonts.DvkSerif;
import dvk.reports.pack.DocumentHeader;
import dvk.reports.pack.ReportPack;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * Writes the pack as an editable Word document: real paragraphs and tables, the header block as a
 * borderless two-column table, then the Mẫu M2 annex in a landscape section.
 */
public final class DocxPackWriter {

    private static final int BODY_POINTS = 13;
    private static final int FIRST_LINE_INDENT = 567;
    private static final int CHART_WIDTH_POINTS = 467;

    private final BarChartPainter charts = new BarChartPainter(DvkSerif.regular());

    public void write(ReportPack pack, OutputStream out) {
        try (XWPFDocument document = new XWPFDocument()) {
            DocxStyles.add(document);
            headerBlock(document, pack.header());
            title(document, pack.header().titleLines());
            for (Block block : ReportBody.of(pack)) {
                block(document, block);
            }
            signature(document, pack);
            XWPFParagraph sectionEnd = document.createParagraph();
            DocxParts.pageSetup(sectionEnd.getCTP().addNewPPr().addNewSectPr(), false);
            DocxAnnex.add(document, pack);
            CTSectPr annex = document.getDocument().getBody().isSetSectPr()
                    ? document.getDocument().getBody().getSectPr()
                    : document.getDocument().getBody().addNewSectPr();
            DocxParts.pageSetup(annex, true);
            DocxPageNumbers.add(
                    document,
                    annex,
                    List.of(sectionEnd.getCTP().getPPr().getSectPr()),
                    VietnameseText.dataTime(pack.asOf()));
            document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the DOCX pack", e);
        }
    }

    private static void headerBlock(XWPFDocument document, DocumentHeader header) {
        XWPFTable table = borderless(document, 1, 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        DocxParts.cellText(left, header.superiorBody(), 13, "", ParagraphAlignment.CENTER);
        cellLine(left, header.issuingBody(), 13, "b", ParagraphAlignment.CENTER);
        cellLine(left, "*", 13, "", ParagraphAlignment.CENTER);
        cellLine(left, header.documentNumber(), 13, "", ParagraphAlignment.CENTER);
        XWPFTableCell right = table.getRow(0).getCell(1);
        DocxParts.cellText(right, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, "bu", ParagraphAlignment.RIGHT);
        cellLine(right, "", 13, "", ParagraphAlignment.RIGHT);
        cellLine(
                right,
                VietnameseText.placeAndDate(header.placeName(), header.date()),
                13,
                "i",
                ParagraphAlignment.RIGHT);
        DocxParts.verticalAlign(left, XWPFTableCell.XWPFVertAlign.TOP);
        DocxParts.verticalAlign(right, XWPFTableCell.XWPFVertAlign.TOP);
        DocxParts.widths(table, new int[] {4100, DocxParts.PORTRAIT_TEXT_WIDTH - 4100});
    }

    private static void title(XWPFDocument document, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = document.createParagraph();
            tight(paragraph, ParagraphAlignment.CENTER);
            if (i == 0) {
                paragraph.setSpacingBefore(360);
            }
            if (i == lines.size() - 1) {
                paragraph.setSpacingAfter(240);
            }
            run(paragraph, lines.get(i), i == 0 ? 15 : 14, "b");
        }
    }

    private void block(XWPFDocument document, Block block) {
        if (block instanceof Block.Heading heading) {
            XWPFParagraph paragraph = bodyParagraph(document, heading.level() == 2);
            paragraph.setStyle(DocxStyles.headingId(heading.level()));
            paragraph.setSpacingBefore(heading.level() == 1 ? 120 : 60);
            run(paragraph, heading.text(), BODY_POINTS, "b");
        } else if (block instanceof Block.Paragraph text) {
            run(bodyParagraph(document, true), text.text(), BODY_POINTS, "");
        } else if (block instanceof Block.Bullet bullet) {
            run(bodyParagraph(document, true), "- " + bullet.text(), BODY_POINTS, "");
        } else if (block instanceof Block.Table table) {
            DocxTables.add(document, table);
            document.createParagraph().setSpacingAfter(0);
        } else if (block instanceof Block.Chart chart) {
            chart(document, chart);
        }
    }

    private void chart(XWPFDocument document, Block.Chart chart) {
        int height = BarChartPainter.heightInPoints(chart.bars().size());
        byte[] png = charts.png(chart.bars(), CHART_WIDTH_POINTS, height);
        XWPFParagraph picture = document.createParagraph();
        tight(picture, ParagraphAlignment.CENTER);
        try {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
            int heightPoints = CHART_WIDTH_POINTS * image.getHeight() / image.getWidth();
            picture.createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            Document.PICTURE_TYPE_PNG,
                            "chart.png",
                            Units.toEMU(CHART_WIDTH_POINTS),
                            Units.toEMU(heightPoints));
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("Cannot place a chart in the DOCX pack", e);
        }
        XWPFParagraph caption = document.createParagraph();
        tight(caption, ParagraphAlignment.CENTER);
        caption.setSpacingAfter(120);
        run(caption, chart.caption(), 11, "i");
    }

    private static void signature(XWPFDocument document, ReportPack pack) {
        XWPFTable table = borderless(document, 1, 2);
        XWPFTableCell left = table.getRow(0).getCell(0);
        DocxParts.cellText(left, "Nơi nhận:", 12, "bi", ParagraphAlignment.LEFT);
        for (String recipient : pack.recipients()) {
            cellLine(left, "- " + recipient, 11, "", ParagraphAlignment.LEFT);
        }
        XWPFTableCell right = table.getRow(0).getCell(1);
        DocxParts.cellText(right, pack.signer().onBehalfOf(), 14, "b", ParagraphAlignment.CENTER);
        cellLine(right, pack.signer().title(), 14, "b", ParagraphAlignment.CENTER);
        for (int i = 0; i < 4; i++) {
            cellLine(right, "", 14, "", ParagraphAlignment.CENTER);
        }
        cellLine(right, pack.signer().name(), 14, "b", ParagraphAlignment.CENTER);
        DocxParts.verticalAlign(left, XWPFTableCell.XWPFVertAlign.TOP);
        DocxParts.verticalAlign(right, XWPFTableCell.XWPFVertAlign.TOP);
        DocxParts.widths(table, new int[] {4000, DocxParts.PORTRAIT_TEXT_WIDTH - 4000});
    }

    private static XWPFParagraph bodyParagraph(XWPFDocument document, boolean indented) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(60);
        if (indented) {
            paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        }
        return paragraph;
    }

    private static void cellLine(
            XWPFTableCell cell, String text, int points, String style, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.addParagraph();
        tight(paragraph, alignment);
        run(paragraph, text, points, style);
    }

    private static XWPFTable borderless(XWPFDocument document, int rows, int columns) {
        XWPFTable table = document.createTable(rows, columns);
        table.removeBorders();
        return table;
    }
}
