package dvk.reports.docx;

import dvk.reports.body.Block;
import dvk.reports.body.TableKind;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Ruled Word tables for the body tables, with the same column proportions as the PDF. */
final class DocxTables {

    private static final int CELL_POINTS = 10;

    private DocxTables() {}

    static void add(XWPFDocument document, Block.Table table) {
        int columns = table.header().size();
        int rowCount = 1 + table.rows().size() + (table.totals() == null ? 0 : 1);
        XWPFTable word = document.createTable(rowCount, columns);
        int points = table.kind() == TableKind.FIELDS ? 8 : CELL_POINTS;
        fill(word.getRow(0), table.header(), points, "b");
        for (int i = 0; i < table.rows().size(); i++) {
            fill(word.getRow(i + 1), table.rows().get(i), points, "");
        }
        if (table.totals() != null) {
            fill(word.getRow(rowCount - 1), table.totals(), points, "b");
        }
        DocxParts.widths(word, twips(table.kind(), columns));
        DocxParts.typeset(word);
    }

    private static void fill(XWPFTableRow row, List<String> cells, int points, String style) {
        for (int i = 0; i < cells.size(); i++) {
            ParagraphAlignment alignment = i == 1 ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER;
            DocxParts.cellText(row.getCell(i), cells.get(i), points, style, alignment);
        }
    }

    /** Column widths in points as in pack-body.jrxml, scaled to twips. */
    private static int[] twips(TableKind kind, int columns) {
        int[] points = switch (kind) {
            case FIELDS -> fieldColumns(columns);
            case TARGETS -> new int[] {20, 247, 60, 60, 80};
            case SUBMISSIONS -> new int[] {20, 167, 70, 70, 70, 70};
            case CANDIDATES -> new int[] {20, 95, 70, 132, 42, 38, 70};
            case QUOTAS -> new int[] {20, 95, 112, 52, 52, 46, 45, 45};
        };
        int[] twips = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            twips[i] = points[i] * 20;
        }
        return twips;
    }

    private static int[] fieldColumns(int columns) {
        int[] points = new int[columns];
        int[] fixed = {20, 104, 36, 36, 36};
        System.arraycopy(fixed, 0, points, 0, fixed.length);
        int fields = columns - fixed.length;
        for (int i = fixed.length; i < columns; i++) {
            points[i] = 232 / Math.max(1, fields);
        }
        return points;
    }
}
