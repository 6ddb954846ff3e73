package dvk.ingest;

import dvk.errors.ErrorCode;
import dvk.errors.ErrorText;

/** Errors of batches: whole-file problems first, then problems of one row or cell. */
public enum IngestErrorCode implements ErrorCode {
    INVALID_BATCH("invalid-batch",
            "Tệp có %d lỗi; không dòng nào được lưu. Sửa các dòng trong danh sách errors rồi gửi lại.",
            "The file has %d errors; nothing was stored. Fix the rows in the errors list and send it again."),
    NOT_UTF8("not-utf8",
            "Tệp không phải CSV UTF-8 (%s). Trong Excel chọn File › Save As › \"CSV UTF-8 (Comma delimited) (*.csv)\" rồi gửi lại.",
            "The file is not UTF-8 CSV (%s). In Excel choose File › Save As › \"CSV UTF-8 (Comma delimited) (*.csv)\" and send it again."),
    UNSUPPORTED_FORMAT("unsupported-format",
            "Không đọc được tệp \"%s\": chỉ nhận .csv (UTF-8), .xlsx hoặc JSON.",
            "Cannot read \"%s\": only .csv (UTF-8), .xlsx or JSON are accepted."),
    NO_HEADER("no-header",
            "Không tìm thấy dòng tiêu đề có các cột bắt buộc (%s).",
            "No header row with the required columns (%s) was found."),
    MISSING_COLUMN("missing-column",
            "Thiếu cột \"%s\".",
            "The column \"%s\" is missing."),
    DUPLICATE_COLUMN("duplicate-column",
            "Cột \"%s\" xuất hiện hai lần.",
            "The column \"%s\" appears twice."),
    NO_FIELD_COLUMNS("no-field-columns",
            "Không có cột lĩnh vực nào của phong trào (%s).",
            "None of the campaign's field columns (%s) is present."),
    UNKNOWN_KIND("unknown-kind",
            "Loại biểu \"%s\" không có; dùng registrations, results hoặc indicators.",
            "There is no batch kind \"%s\"; use registrations, results or indicators."),
    PERIOD_REQUIRED("period-required",
            "Cần chọn kỳ báo cáo (period) cho biểu %s.",
            "A reporting period (period) is required for %s."),
    PERIOD_NOT_FOUND("period-not-found",
            "Phong trào không có kỳ báo cáo \"%s\".",
            "The campaign has no reporting period \"%s\"."),
    BATCH_NOT_FOUND("batch-not-found",
            "Không tìm thấy lô dữ liệu số %s.",
            "No batch with id %s was found."),
    MODEL_NOT_FOUND("model-not-found",
            "Không tìm thấy mô hình số %s.",
            "No model with id %s was found."),
    BUSY("busy",
            "Một lô khác của cùng phong trào và biểu đang được lưu; vui lòng gửi lại sau ít phút.",
            "Another batch of the same campaign and form is being stored; please send it again in a few minutes."),
    REQUIRED("required",
            "Dòng %d: cột \"%s\" không được để trống.",
            "Row %d: the column \"%s\" must not be empty."),
    UNIT_UNKNOWN("unit-not-found",
            "Dòng %d: không tìm thấy đơn vị có mã \"%s\" trong phạm vi của bạn.",
            "Row %d: no unit with code \"%s\" was found within your scope."),
    UNIT_NOT_IN_FORCE("unit-not-in-force",
            "Dòng %d: đơn vị có mã \"%s\" không còn (hoặc chưa) hoạt động vào ngày %s, ngày cuối của kỳ báo cáo.",
            "Row %d: the unit with code \"%s\" is not in force on %s, the last day of the period."),
    NO_FIELD("no-field",
            "Dòng %d: chưa đánh dấu lĩnh vực nào (ghi \"1\" hoặc \"x\" vào ô lĩnh vực).",
            "Row %d: no field is marked (put \"1\" or \"x\" in a field column)."),
    INVALID_MARK("invalid-mark",
            "Dòng %d: ô lĩnh vực \"%s\" chỉ nhận \"1\", \"x\" hoặc để trống.",
            "Row %d: the field cell \"%s\" takes only \"1\", \"x\" or blank."),
    INVALID_NUMBER("invalid-number",
            "Dòng %d: \"%s\" phải là số nguyên không âm.",
            "Row %d: \"%s\" must be a non-negative whole number."),
    INVALID_PERCENT("invalid-percent",
            "Dòng %d: \"%s\" phải là tỷ lệ từ 0 đến 100.",
            "Row %d: \"%s\" must be a percentage from 0 to 100."),
    INVALID_TYPE("invalid-type",
            "Dòng %d: loại phải là \"Tập thể\" hoặc \"Cá nhân\" (hoặc đặt dưới dòng mục I. Tập thể / II. Cá nhân).",
            "Row %d: the type must be \"Tập thể\" or \"Cá nhân\" (or the row must sit under a section row I. Tập thể / II. Cá nhân)."),
    INVALID_STATUS("invalid-status",
            "Dòng %d: tình trạng phải là Mới, Tiếp tục hoặc Nhân rộng.",
            "Row %d: the status must be Mới, Tiếp tục or Nhân rộng."),
    INVALID_RATING("invalid-rating",
            "Dòng %d: hiệu quả phải là Cao, Khá, Trung bình hoặc Chưa đạt.",
            "Row %d: the efficiency must be Cao, Khá, Trung bình or Chưa đạt."),
    VILLAGES_EXCEEDED("villages-exceeded",
            "Dòng %d: số thôn có mô hình lớn hơn số thôn, tổ dân phố.",
            "Row %d: more villages with a model than villages."),
    DUPLICATE_ROW("duplicate-row",
            "Dòng %d trùng với dòng %d.",
            "Row %d duplicates row %d."),
    MODEL_UNKNOWN("model-unknown",
            "Dòng %d: không tìm thấy mô hình đã đăng ký \"%s\" trong phạm vi của bạn.",
            "Row %d: no registered model \"%s\" was found within your scope."),
    MODEL_CODE_TAKEN("model-code-taken",
            "Dòng %d: mã mô hình \"%s\" đã dùng cho một mô hình khác.",
            "Row %d: the model code \"%s\" is already used by another model."),
    CODE_CONFLICT("code-conflict",
            "Dòng %d: mô hình này đã được đăng ký với mã \"%s\".",
            "Row %d: this model is already registered with the code \"%s\".");

    private final ErrorText text;

    IngestErrorCode(String type, String messageVi, String messageEn) {
        this.text = new ErrorText(type, messageVi, messageEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
