package dvk.reports.body;

import static dvk.reports.body.VietnameseText.changeInParentheses;
import static dvk.reports.body.VietnameseText.number;

import dvk.reports.pack.CampaignField;
import dvk.reports.pack.Freeze;
import dvk.reports.pack.ReportPack;
import dvk.reports.pack.SummaryFigures;
import dvk.reports.pack.UnitFieldRow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** Writes the body of the report (sections I–V) as format-neutral blocks, so that every format carries the same text. */
public final class ReportBody {

    private final ReportPack pack;
    private final List<Block> blocks = new ArrayList<>();

    private ReportBody(ReportPack pack) {
        this.pack = pack;
    }

    public static List<Block> of(ReportPack pack) {
        ReportBody body = new ReportBody(pack);
        body.freezeLine();
        body.summary();
        body.unitsAndFields();
        new FollowUpSections(pack, body.blocks).write();
        body.updatesAfterFreeze();
        return List.copyOf(body.blocks);
    }

    private void freezeLine() {
        if (pack.freeze() != null) {
            blocks.add(new Block.Paragraph(VietnameseText.frozen(pack.freeze()) + "."));
        }
    }

    /** Corrections after the freeze are printed as a marked layer, never folded silently into the figures. */
    private void updatesAfterFreeze() {
        if (pack.freeze() == null || pack.freeze().updates().isEmpty()) {
            return;
        }
        blocks.add(new Block.Heading(1, "SỐ LIỆU CẬP NHẬT SAU NGÀY CHỐT"));
        blocks.add(new Block.Paragraph("Số liệu cập nhật sau ngày chốt "
                + VietnameseText.shortDate(pack.freeze().day()) + " (không tính vào số liệu nêu trên):"));
        for (Freeze.Update update : pack.freeze().updates()) {
            blocks.add(new Block.Bullet(update.unitName() + ": " + String.join("; ", update.changes()) + "."));
        }
    }

    private void summary() {
        SummaryFigures now = pack.current();
        blocks.add(new Block.Heading(1, "I. KẾT QUẢ THỰC HIỆN PHONG TRÀO"));
        blocks.add(new Block.Heading(2, "1. Kết quả đăng ký, triển khai mô hình"));
        blocks.add(new Block.Paragraph("Tính đến ngày "
                + VietnameseText.shortDate(pack.header().period().lastDay())
                + ", toàn " + unitWord() + " có " + number(now.models()) + " mô hình “Dân vận khéo” đăng ký thực hiện"
                + compared(SummaryFigures::models, "mô hình") + "; trong đó tập thể "
                + number(now.byRegistrant().collectives()) + " mô hình"
                + compared(f -> f.byRegistrant().collectives(), "mô hình") + ", cá nhân "
                + number(now.byRegistrant().individuals()) + " mô hình"
                + compared(f -> f.byRegistrant().individuals(), "mô hình") + "."));
        if (pack.comparison() != null && pack.comparisonNote() != null) {
            blocks.add(new Block.Paragraph(pack.comparisonNote()));
        }
        blocks.add(new Block.Paragraph(
                "Về tình trạng thực hiện: " + number(now.byStatus().newModels()) + " mô hình mới"
                        + compared(f -> f.byStatus().newModels(), "mô hình") + "; "
                        + number(now.byStatus().continued()) + " mô hình tiếp tục thực hiện"
                        + compared(f -> f.byStatus().continued(), "mô hình") + "; "
                        + number(now.byStatus().replicated()) + " mô hình được nhân rộng"
                        + compared(f -> f.byStatus().replicated(), "mô hình") + "."));
        blocks.add(new Block.Heading(2, "2. Kết quả rà soát, đánh giá mô hình"));
        blocks.add(
                new Block.Paragraph("Đã rà soát, đánh giá " + number(now.modelsReviewed()) + "/" + number(now.models())
                        + " mô hình" + compared(SummaryFigures::modelsReviewed, "mô hình") + "; trong đó hiệu quả cao "
                        + number(now.byEfficiency().high()) + " mô hình"
                        + compared(f -> f.byEfficiency().high(), "mô hình")
                        + ", khá " + number(now.byEfficiency().good()) + ", trung bình "
                        + number(now.byEfficiency().average())
                        + ", chưa đạt " + number(now.byEfficiency().notMet()) + " mô hình."));
        blocks.add(new Block.Heading(2, "3. Hiệu quả lan tỏa"));
        blocks.add(new Block.Paragraph("Các mô hình đã tuyên truyền, vận động " + number(now.householdsReached())
                + " hộ gia đình tham gia" + compared(SummaryFigures::householdsReached, "hộ")
                + "; huy động " + number(now.fundsMobilisedVnd()) + " đồng"
                + compared(SummaryFigures::fundsMobilisedVnd, "đồng") + "; hoàn thành "
                + number(now.worksCompleted()) + " công trình, phần việc"
                + compared(SummaryFigures::worksCompleted, "công trình, phần việc") + "."));
    }

    private void unitsAndFields() {
        blocks.add(new Block.Heading(1, "II. KẾT QUẢ THEO ĐƠN VỊ VÀ LĨNH VỰC"));
        blocks.add(new Block.Paragraph(
                "Số mô hình của các đơn vị trực thuộc theo lĩnh vực như sau (danh sách chi tiết tại Phụ lục):"));
        List<String> header =
                new ArrayList<>(List.of("TT", "Đơn vị", "Tổng số mô hình", "Đã đánh giá", "Hiệu quả cao"));
        pack.fields().forEach(field -> header.add(field.name()));
        List<List<String>> rows = new ArrayList<>();
        List<UnitFieldRow> unitRows = pack.fieldTable().rows();
        for (int i = 0; i < unitRows.size(); i++) {
            rows.add(fieldRow(Integer.toString(i + 1), unitRows.get(i).unitName(), unitRows.get(i)));
        }
        List<String> totals = fieldRow("", "Tổng cộng", pack.fieldTable().totals());
        blocks.add(new Block.Table(TableKind.FIELDS, header, rows, totals));

        List<Block.ChartBar> byField = new ArrayList<>();
        List<CampaignField> fields = pack.fields();
        for (int i = 0; i < fields.size(); i++) {
            byField.add(new Block.ChartBar(
                    fields.get(i).name(),
                    pack.fieldTable().totals().modelsByField().get(i)));
        }
        blocks.add(new Block.Chart("Biểu đồ 1. Số mô hình theo lĩnh vực", byField));
        List<Block.ChartBar> byUnit = unitRows.stream()
                .map(row -> new Block.ChartBar(row.unitName(), row.models()))
                .toList();
        blocks.add(new Block.Chart("Biểu đồ 2. Số mô hình theo đơn vị trực thuộc", byUnit));
    }

    private static List<String> fieldRow(String index, String name, UnitFieldRow row) {
        List<String> cells = new ArrayList<>(
                List.of(index, name, number(row.models()), number(row.modelsReviewed()), number(row.highEfficiency())));
        row.modelsByField().forEach(count -> cells.add(number(count)));
        return cells;
    }

    private String compared(ToLongFunction<SummaryFigures> figure, String unitWord) {
        SummaryFigures before = pack.comparison();
        Long previous = before == null ? null : figure.applyAsLong(before);
        return changeInParentheses(figure.applyAsLong(pack.current()), previous, unitWord);
    }

    /** "toàn tỉnh", "toàn huyện": the first word of the unit name says its level. */
    private String unitWord() {
        String name = pack.header().unitName();
        int space = name.indexOf(' ');
        return (space < 0 ? name : name.substring(0, space)).toLowerCase(java.util.Locale.ROOT);
    }
}
