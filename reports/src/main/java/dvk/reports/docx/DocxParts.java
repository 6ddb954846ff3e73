package dvk.reports.docx;

import dvk.reports.fonts.DvkSerif;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Small Word building blocks: styled runs, page setup per Decree 30/2020 and fixed-width tables. */
final class DocxParts {

    /** A4 in twips (1/20 pt). */
    static final int A4_SHORT = 11906;

    static final int A4_LONG = 16838;
    /** Margins in twips: 20 mm top and bottom, 30 mm left, 15 mm right. */
    static final int MARGIN_TOP = 1134;

    static final int MARGIN_BOTTOM = 1134;
    static final int MARGIN_LEFT = 1701;
    static final int MARGIN_RIGHT = 851;
    static final int MARGIN_HEADER = 567;
    /** Annex pages: landscape, narrower left margin as in the PDF. */
    static final int ANNEX_MARGIN_LEFT = 1134;

    static final int PORTRAIT_TEXT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;
    static final int LANDSCAPE_TEXT_WIDTH = A4_LONG - ANNEX_MARGIN_LEFT - MARGIN_RIGHT;

    private DocxParts() {}

    /** Adds a run in Times New Roman; {@code style} letters: b bold, i italic, u underline. */
    static XWPFRun run(XWPFParagraph paragraph, String text, int points, String style) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(DvkSerif.WORD_FAMILY);
        run.setFontSize(points);
        run.setBold(style.contains("b"));
        run.setItalic(style.contains("i"));
        if (style.contains("u")) {
            run.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    /** Tight spacing so that header blocks and table cells do not inherit Word's default 8 pt after. */
    static void tight(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
    }

    static void pageSetup(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(landscape ? ANNEX_MARGIN_LEFT : MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        // the schema requires all three; the page number sits 10 mm from the top edge
        margins.setHeader(BigInteger.valueOf(MARGIN_HEADER));
        margins.setFooter(BigInteger.valueOf(MARGIN_HEADER));
        margins.setGutter(BigInteger.ZERO);
    }

    /** POI adds a second vAlign on each call, which the schema forbids; this sets the one a cell has. */
    static void verticalAlign(XWPFTableCell cell, XWPFTableCell.XWPFVertAlign alignment) {
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : null;
        if (properties != null && properties.isSetVAlign()) {
            properties.unsetVAlign();
        }
        cell.setVerticalAlignment(alignment);
    }

    /** Fixes the table and column widths in twips so Word does not autofit them differently on each machine. */
    static void widths(XWPFTable table, int[] columnTwips) {
        int total = 0;
        for (int width : columnTwips) {
            total += width;
        }
        CTTblWidth tableWidth = table.getCTTbl().getTblPr().isSetTblW()
                ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(total));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : columnTwips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            // merged rows (one cell spanning the grid) take the whole width
            boolean merged = row.getTableCells().size() == 1 && columnTwips.length > 1;
            for (int i = 0; i < row.getTableCells().size() && i < columnTwips.length; i++) {
                row.getCell(i).setWidth(Integer.toString(merged ? total : columnTwips[i]));
            }
        }
    }

    /**
     * A data table as a typist sets it: the first row repeated on every page, and no row split across a page
     * break.
     */
    static void typeset(XWPFTable table) {
        table.getRow(0).setRepeatHeader(true);
        for (XWPFTableRow row : table.getRows()) {
            row.setCantSplitRow(true);
        }
    }

    /** Writes text into a cell's first paragraph, replacing what Word put there. */
    static void cellText(XWPFTableCell cell, String text, int points, String style, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        tight(paragraph, alignment);
        run(paragraph, text == null ? "" : text, points, style);
        verticalAlign(cell, XWPFTableCell.XWPFVertAlign.CENTER);
    }
}
