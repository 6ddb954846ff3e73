package dvk.reports.docx;

import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * Page numbers as Decree 30 places them, top centre from the second page on (the report's first page has an
 * empty header), and the data time in the footer of every page as the PDF prints it; the same header and footer
 * in every section, numbered on through the landscape annex.
 */
final class DocxPageNumbers {

    private DocxPageNumbers() {}

    static void add(XWPFDocument document, CTSectPr last, List<CTSectPr> earlier, String dataTime) {
        XWPFHeader numbered = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = numbered.createParagraph();
        DocxParts.tight(number, ParagraphAlignment.CENTER);
        CTSimpleField page = number.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        page.addNewR().addNewT().setStringValue("2");
        DocxParts.tight(document.createHeader(HeaderFooterType.FIRST).createParagraph(), ParagraphAlignment.CENTER);
        for (HeaderFooterType type : new HeaderFooterType[] {HeaderFooterType.DEFAULT, HeaderFooterType.FIRST}) {
            XWPFFooter footer = document.createFooter(type);
            XWPFParagraph line = footer.createParagraph();
            DocxParts.tight(line, ParagraphAlignment.LEFT);
            DocxParts.run(line, dataTime, 9, "i");
        }
        for (CTSectPr section : earlier) {
            for (CTHdrFtrRef reference : last.getHeaderReferenceList()) {
                section.addNewHeaderReference().set(reference.copy());
            }
            for (CTHdrFtrRef reference : last.getFooterReferenceList()) {
                section.addNewFooterReference().set(reference.copy());
            }
            section.addNewTitlePg();
        }
    }
}
