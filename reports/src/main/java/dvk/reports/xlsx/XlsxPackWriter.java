package dvk.reports.xlsx;

import dvk.reports.pack.AnnexUnit;
import dvk.reports.pack.CampaignField;
import dvk.reports.pack.FigureLine;
import dvk.reports.pack.LateSubmission;
import dvk.reports.pack.MissingSubmission;
import dvk.reports.pack.RegistrantType;
import dvk.reports.pack.Registration;
import dvk.reports.pack.ReportPack;
import dvk.reports.pack.SubmissionLine;
import dvk.reports.pack.TargetLine;
import dvk.reports.pack.TargetMeasure;
import dvk.reports.pack.UnitFieldRow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the pack's tables as a workbook: every rollup figure (against the compared period), rollup by unit and
 * field, targets, submissions and the Mẫu M2 annex.
 */
public final class XlsxPackWriter {

    /** Rows kept in memory per sheet while streaming; the annex can hold thousands. */
    private static final int ROWS_IN_MEMORY = 200;

    public void write(ReportPack pack, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            SheetWriter.Styles styles = new SheetWriter.Styles(workbook);
            figures(new SheetWriter(workbook, "Số liệu tổng hợp", styles), pack);
            rollup(new SheetWriter(workbook, "Tổng hợp theo đơn vị", styles), pack);
            targets(new SheetWriter(workbook, "Chỉ tiêu", styles), pack);
            submissions(new SheetWriter(workbook, "Gửi báo cáo", styles), pack);
            annex(new SheetWriter(workbook, "Phụ lục Mẫu M2", styles), pack);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the XLSX pack", e);
        } finally {
            workbook.dispose();
        }
    }

    private static void figures(SheetWriter sheet, ReportPack pack) {
        sheet.title("SỐ LIỆU TỔNG HỢP – " + pack.header().unitName() + ", "
                + pack.header().period().label());
        boolean compared = pack.comparison() != null;
        sheet.header(
                compared
                        ? List.of("TT", "Nội dung", "Kỳ này", "Cùng kỳ", "Tăng, giảm")
                        : List.of("TT", "Nội dung", "Kỳ này"));
        int number = 0;
        for (FigureLine line : pack.figures()) {
            List<Object> cells = new ArrayList<>(List.of(++number, line.label(), line.value()));
            if (compared) {
                cells.add(line.previous() == null ? "" : line.previous());
                cells.add(line.previous() == null ? "" : line.value().subtract(line.previous()));
            }
            sheet.row(cells, false);
        }
        sheet.widths(5, 60, 14, 14, 14);
    }

    private static void rollup(SheetWriter sheet, ReportPack pack) {
        sheet.title("SỐ MÔ HÌNH “DÂN VẬN KHÉO” THEO ĐƠN VỊ VÀ LĨNH VỰC – "
                + pack.header().unitName() + ", " + pack.header().period().label());
        List<Object> header =
                new ArrayList<>(List.of("TT", "Mã đơn vị", "Đơn vị", "Tổng số mô hình", "Đã đánh giá", "Hiệu quả cao"));
        pack.fields().forEach(field -> header.add(field.name()));
        sheet.header(header);
        int number = 0;
        for (UnitFieldRow row : pack.fieldTable().rows()) {
            sheet.row(rollupCells(++number, row), false);
        }
        List<Object> totals = rollupCells(0, pack.fieldTable().totals());
        totals.set(0, "");
        totals.set(2, "Tổng cộng");
        sheet.row(totals, true);
        sheet.widths(5, 10, 28, 12, 12, 12);
    }

    private static List<Object> rollupCells(int number, UnitFieldRow row) {
        List<Object> cells = new ArrayList<>(List.of(
                number, row.unitCode(), row.unitName(), row.models(), row.modelsReviewed(), row.highEfficiency()));
        cells.addAll(row.modelsByField());
        return cells;
    }

    private static void targets(SheetWriter sheet, ReportPack pack) {
        sheet.title("MỨC ĐỘ BAO PHỦ VÀ KẾT QUẢ THỰC HIỆN CHỈ TIÊU");
        sheet.header(List.of("TT", "Nội dung", "Kết quả", "Đơn vị tính", "Chỉ tiêu", "Ngưỡng", "Đánh giá"));
        int number = 0;
        for (TargetLine target : pack.targets()) {
            sheet.row(
                    List.of(
                            ++number,
                            target.name(),
                            target.measured() ? target.actual() : "",
                            target.measure() == TargetMeasure.PERCENT ? "%" : "số lượng",
                            target.comparison(),
                            target.threshold(),
                            target.verdict()),
                    false);
        }
        sheet.widths(5, 60, 10, 12, 10, 10, 12);
    }

    private static void submissions(SheetWriter sheet, ReportPack pack) {
        sheet.title("TÌNH HÌNH GỬI BÁO CÁO, BIỂU MẪU");
        sheet.header(List.of("TT", "Biểu mẫu", "Phải gửi", "Đúng hạn", "Gửi muộn", "Chưa gửi"));
        int number = 0;
        for (SubmissionLine line : pack.submissions().lines()) {
            sheet.row(
                    List.of(++number, line.formName(), line.expected(), line.onTime(), line.late(), line.missing()),
                    false);
        }
        sheet.blank();
        sheet.header(List.of("TT", "Đơn vị gửi muộn", "Biểu mẫu", "Ngày nhận"));
        number = 0;
        for (LateSubmission late : pack.submissions().late()) {
            sheet.row(List.of(++number, late.unitName(), late.formName(), late.received()), false);
        }
        sheet.blank();
        sheet.header(List.of("TT", "Đơn vị chưa gửi", "Biểu mẫu"));
        number = 0;
        for (MissingSubmission missing : pack.submissions().missing()) {
            sheet.row(List.of(++number, missing.unitName(), missing.formName()), false);
        }
        sheet.widths(5, 36, 24, 12, 12, 12);
    }

    private static void annex(SheetWriter sheet, ReportPack pack) {
        sheet.title("BIỂU TỔNG HỢP ĐĂNG KÝ MÔ HÌNH “DÂN VẬN KHÉO” (MẪU M2) – "
                + pack.header().unitName() + ", " + pack.header().period().label());
        List<CampaignField> fields = pack.fields();
        List<Object> header = new ArrayList<>(List.of("TT", "Tên tập thể, cá nhân", "Tên mô hình"));
        fields.forEach(field -> header.add(field.name()));
        header.addAll(
                List.of("Hình thức thực hiện", "Thời gian thực hiện", "Dự kiến kết quả", "Tình trạng", "Ghi chú"));
        sheet.header(header);
        for (AnnexUnit unit : pack.annex()) {
            sheet.row(List.of("", unit.unitName()), true);
            annexSection(sheet, "I", RegistrantType.COLLECTIVE, unit, fields);
            annexSection(sheet, "II", RegistrantType.INDIVIDUAL, unit, fields);
        }
        sheet.widths(5, 30, 50);
    }

    private static void annexSection(
            SheetWriter sheet, String numeral, RegistrantType type, AnnexUnit unit, List<CampaignField> fields) {
        List<Registration> registrations = unit.registrations().stream()
                .filter(registration -> registration.registrantType() == type)
                .toList();
        if (registrations.isEmpty()) {
            return;
        }
        sheet.row(List.of(numeral, type.label()), true);
        int number = 0;
        for (Registration registration : registrations) {
            List<Object> cells =
                    new ArrayList<>(List.of(++number, registration.registrantName(), registration.modelName()));
            // a numeric 1 under each marked field, so that column sums count the models
            fields.forEach(field -> cells.add(registration.fieldCodes().contains(field.code()) ? (Object) 1 : ""));
            cells.addAll(List.of(
                    registration.method(),
                    registration.timeframe(),
                    registration.expectedResult(),
                    registration.status().label(),
                    registration.note()));
            sheet.row(cells, false);
        }
    }
}
