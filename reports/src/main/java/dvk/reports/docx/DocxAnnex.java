package dvk.reports.docx;

import dvk.reports.pack.AnnexUnit;
import dvk.reports.pack.CampaignField;
import dvk.reports.pack.RegistrantType;
import dvk.reports.pack.Registration;
import dvk.reports.pack.ReportPack;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The Mẫu M2 annex as one Word table: a header row repeated on every page, units, "I. Tập thể", "II. Cá nhân". */
final class DocxAnnex {

    private static final int POINTS = 8;

    private DocxAnnex() {}

    static void add(XWPFDocument document, ReportPack pack) {
        XWPFParagraph title = document.createParagraph();
        DocxParts.tight(title, ParagraphAlignment.CENTER);
        DocxParts.run(title, "PHỤ LỤC\nBIỂU TỔNG HỢP ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” (MẪU M2)", 13, "b");
        XWPFParagraph subtitle = document.createParagraph();
        DocxParts.tight(subtitle, ParagraphAlignment.CENTER);
        subtitle.setSpacingAfter(120);
        DocxParts.run(
                subtitle,
                "(" + pack.header().unitName() + ", " + pack.header().period().label() + ")",
                12,
                "i");

        List<CampaignField> fields = pack.fields();
        List<String> header = new ArrayList<>(List.of("TT", "Tên tập thể, cá nhân", "Tên mô hình"));
        fields.forEach(field -> header.add(field.name()));
        header.addAll(
                List.of("Hình thức thực hiện", "Thời gian thực hiện", "Dự kiến kết quả", "Tình trạng", "Ghi chú"));
        XWPFTable table = document.createTable(1, header.size());
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int i = 0; i < header.size(); i++) {
            DocxParts.cellText(head.getCell(i), header.get(i), POINTS, "b", ParagraphAlignment.CENTER);
        }
        int unitNumber = 0;
        for (AnnexUnit unit : pack.annex()) {
            unitNumber++;
            spanningRow(
                    table,
                    unitNumber + ". " + unit.unitName().toUpperCase(new Locale("vi")) + " ("
                            + unit.registrations().size() + " mô hình)",
                    header.size());
            section(table, "I", RegistrantType.COLLECTIVE, unit, fields);
            section(table, "II", RegistrantType.INDIVIDUAL, unit, fields);
        }
        DocxParts.widths(table, columnTwips(fields.size()));
        DocxParts.typeset(table);
    }

    private static void section(
            XWPFTable table, String numeral, RegistrantType type, AnnexUnit unit, List<CampaignField> fields) {
        List<Registration> registrations = unit.registrations().stream()
                .filter(registration -> registration.registrantType() == type)
                .toList();
        if (registrations.isEmpty()) {
            return;
        }
        XWPFTableRow sectionRow = table.createRow();
        DocxParts.cellText(sectionRow.getCell(0), numeral, POINTS, "b", ParagraphAlignment.CENTER);
        DocxParts.cellText(sectionRow.getCell(1), type.label(), POINTS, "b", ParagraphAlignment.LEFT);
        int number = 0;
        for (Registration registration : registrations) {
            number++;
            XWPFTableRow row = table.createRow();
            List<String> cells = new ArrayList<>(
                    List.of(Integer.toString(number), registration.registrantName(), registration.modelName()));
            fields.forEach(field -> cells.add(registration.fieldCodes().contains(field.code()) ? "1" : ""));
            cells.addAll(List.of(
                    registration.method(),
                    registration.timeframe(),
                    registration.expectedResult(),
                    registration.status().label(),
                    registration.note()));
            for (int i = 0; i < cells.size(); i++) {
                boolean left = i == 1 || i == 2;
                DocxParts.cellText(
                        row.getCell(i),
                        cells.get(i),
                        POINTS,
                        "",
                        left ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            }
        }
    }

    /** A unit heading row: one merged cell across the table. */
    private static void spanningRow(XWPFTable table, String text, int columns) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns));
        DocxParts.cellText(row.getCell(0), text, 9, "b", ParagraphAlignment.LEFT);
    }

    /** The Mẫu M2 column widths of pack-annex.jrxml, in twips. */
    private static int[] columnTwips(int fieldCount) {
        List<Integer> points = new ArrayList<>(List.of(22, 100, 150));
        for (int i = 0; i < fieldCount; i++) {
            points.add(192 / fieldCount);
        }
        points.addAll(List.of(78, 52, 70, 42, 36));
        return points.stream().mapToInt(p -> p * 20).toArray();
    }
}
