package dvk.reports.docx;

import dvk.reports.fonts.DvkSerif;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The styles a typist finds in Word's style list: Normal (Times New Roman 13 pt, justified), Heading 1–3 (bold,
 * kept with the next paragraph, in the navigation pane), so that restyling the report is one change of a style,
 * not of every paragraph.
 */
final class DocxStyles {

    static final String NORMAL = "Normal";
    private static final int BODY_HALF_POINTS = 26;

    private DocxStyles() {}

    static void add(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        CTStyle normal = paragraphStyle(NORMAL, "Normal", null);
        normal.setDefault(true);
        CTRPr font = normal.addNewRPr();
        CTFonts fonts = font.addNewRFonts();
        fonts.setAscii(DvkSerif.WORD_FAMILY);
        fonts.setHAnsi(DvkSerif.WORD_FAMILY);
        fonts.setCs(DvkSerif.WORD_FAMILY);
        font.addNewSz().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        font.addNewSzCs().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        styles.addStyle(new XWPFStyle(normal, styles));
        for (int level = 1; level <= 3; level++) {
            styles.addStyle(new XWPFStyle(heading(level), styles));
        }
    }

    /** The style id of a heading level, as Word names it. */
    static String headingId(int level) {
        return "Heading" + level;
    }

    private static CTStyle heading(int level) {
        CTStyle style = paragraphStyle(headingId(level), "heading " + level, NORMAL);
        style.addNewNext().setVal(NORMAL);
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        CTRPr run = style.addNewRPr();
        run.addNewB();
        run.addNewBCs();
        return style;
    }

    private static CTStyle paragraphStyle(String id, String name, String basedOn) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        return style;
    }
}
