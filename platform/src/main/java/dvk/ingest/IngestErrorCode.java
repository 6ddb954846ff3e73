package dvk.ingest;

import dvk.errors.ErrorCode;
import dvk.errors.ErrorText;

/** Errors of batches: whole-file problems first, then problems of one row or cell. */
public enum IngestErrorCode implements ErrorCode {
    INVALID_BATCH(
            "invalid-batch",
            "Tệp có %d lỗi; không dòng nào được lưu. Sửa các dòng trong danh sách errors rồi gửi lại.",
            "The file has %d errors; nothing was stored. Fix the rows in the errors list and send it again."),
    NOT_UTF8(
            "not-utf8",
            "Tệp không phải CSV UTF-8 (%s). Trong Excel chọn File › Save As › \"CSV UTF-8 (Comma delimited) (*.csv)\" rồi gửi lại.",
            "The file is not UTF-8 CSV (%s). In Excel choose File › Save As › \"CSV UTF-8 (Comma delimited) (*.csv)\" and send it again."),
    UNSUPPORTED_FORMAT(
            "unsupported-format",
            "Tệp không phải bảng tính hoặc CSV: chỉ nhận .xlsx, .xls, .ods, .csv (UTF-8) hoặc JSON (tệp bảng tính cũng có thể bị hỏng hoặc có mật khẩu).",
            "The file is not a spreadsheet or CSV: only .xlsx, .xls, .ods, .csv (UTF-8) or JSON are accepted (a spreadsheet may also be damaged or password-protected)."),
    EMPTY_FILE("empty-file", "Tệp rỗng (0 byte).", "The file is empty (0 bytes)."),
    NO_DATA_ROWS(
            "no-data-rows",
            "Tệp không có dòng dữ liệu: chỉ có dòng tiêu đề (và dòng mục). Điền ít nhất một dòng rồi gửi lại.",
            "The file has no data rows: only the header (and section rows). Fill in at least one row and send it again."),
    INVALID_CSV(
            "invalid-csv",
            "CSV không hợp lệ ở dòng %d: một dấu ngoặc kép (\") chưa được đóng, hoặc có ký tự ngay sau dấu ngoặc kép đóng.",
            "Invalid CSV at row %d: a quote (\") is not closed, or characters follow a closing quote."),
    ROW_TOO_LONG(
            "row-too-long",
            "Dòng %d dài hơn %d ký tự: có thể một dấu ngoặc kép (\") chưa được đóng.",
            "Row %d is longer than %d characters: perhaps a quote (\") is not closed."),
    TOO_MANY_COLUMNS(
            "too-many-columns",
            "Dòng %d có dữ liệu ở cột %s: một bảng tính chỉ được có tối đa %d cột.",
            "Row %d has data in column %s: a sheet may have at most %d columns."),
    TOO_MANY_ROWS("too-many-rows", "Bảng tính có hơn %d dòng.", "The sheet has more than %d rows."),
    CELL_TOO_LONG(
            "cell-too-long",
            "Dòng %d: ô ở cột %s dài hơn %d ký tự.",
            "Row %d: the cell in column %s is longer than %d characters."),
    ZIP_BOMB(
            "zip-bomb",
            "Tệp nén bất thường: nội dung giải nén lớn hơn %d lần tệp. Tệp không được đọc.",
            "Abnormal compressed file: its content inflates to more than %d times its size. It was not read."),
    XLS_TOO_LARGE(
            "xls-too-large",
            "Tệp .xls (Excel 97–2003) lớn hơn %d MB. Trong Excel chọn File › Save As › \"Excel Workbook (*.xlsx)\" rồi gửi lại.",
            "The .xls (Excel 97–2003) file is larger than %d MB. In Excel choose File › Save As › \"Excel Workbook (*.xlsx)\" and send it again."),
    TOO_LARGE("too-large", "Tệp lớn hơn giới hạn %d MB.", "The upload is larger than the limit of %d MB."),
    INVALID_JSON("invalid-json", "JSON không hợp lệ ở dòng %d, cột %d: %s.", "Invalid JSON at line %d, column %d: %s."),
    NO_HEADER(
            "no-header",
            "Không tìm thấy dòng tiêu đề có các cột bắt buộc (%s).",
            "No header row with the required columns (%s) was found."),
    MISSING_COLUMN("missing-column", "Thiếu cột \"%s\".", "The column \"%s\" is missing."),
    DUPLICATE_COLUMN("duplicate-column", "Cột \"%s\" xuất hiện hai lần.", "The column \"%s\" appears twice."),
    NO_FIELD_COLUMNS(
            "no-field-columns",
            "Không có cột lĩnh vực nào của phong trào (%s).",
            "None of the campaign's field columns (%s) is present."),
    UNKNOWN_KIND(
            "unknown-kind",
            "Loại biểu \"%s\" không có; dùng registrations, results hoặc indicators.",
            "There is no batch kind \"%s\"; use registrations, results or indicators."),
    PERIOD_REQUIRED(
            "period-required",
            "Cần chọn kỳ báo cáo (period) cho biểu %s.",
            "A reporting period (period) is required for %s."),
    PERIOD_NOT_FOUND(
            "period-not-found",
            "Phong trào không có kỳ báo cáo \"%s\".",
            "The campaign has no reporting period \"%s\"."),
    BATCH_NOT_FOUND("batch-not-found", "Không tìm thấy lô dữ liệu số %s.", "No batch with id %s was found."),
    MODEL_NOT_FOUND("model-not-found", "Không tìm thấy mô hình số %s.", "No model with id %s was found."),
    MODEL_CODE_AMBIGUOUS(
            "model-code-ambiguous",
            "Nhiều mô hình trong phạm vi của bạn có mã \"%s\": %s. Hãy chọn phong trào (campaign=) hoặc đơn vị (unit=).",
            "Several models within your scope have the code \"%s\": %s. Choose the campaign (campaign=) or the unit (unit=)."),
    BUSY(
            "busy",
            "Một lô khác của cùng phong trào và biểu đang được lưu; vui lòng gửi lại sau ít phút.",
            "Another batch of the same campaign and form is being stored; please send it again in a few minutes."),
    REQUIRED("required", "Dòng %d: cột \"%s\" không được để trống.", "Row %d: the column \"%s\" must not be empty."),
    UNIT_UNKNOWN(
            "unit-not-found",
            "Dòng %d: không tìm thấy đơn vị có mã \"%s\" trong phạm vi của bạn.",
            "Row %d: no unit with code \"%s\" was found within your scope."),
    UNIT_NOT_IN_FORCE(
            "unit-not-in-force",
            "Dòng %d: đơn vị có mã \"%s\" không còn (hoặc chưa) hoạt động vào ngày %s, ngày cuối của kỳ báo cáo.",
            "Row %d: the unit with code \"%s\" is not in force on %s, the last day of the period."),
    NO_FIELD(
            "no-field",
            "Dòng %d: chưa đánh dấu lĩnh vực nào (ghi \"1\" hoặc \"x\" vào ô lĩnh vực).",
            "Row %d: no field is marked (put \"1\" or \"x\" in a field column)."),
    INVALID_MARK(
            "invalid-mark",
            "Dòng %d: ô lĩnh vực \"%s\" chỉ nhận \"1\", \"x\" hoặc để trống.",
            "Row %d: the field cell \"%s\" takes only \"1\", \"x\" or blank."),
    INVALID_NUMBER(
            "invalid-number",
            "Dòng %d: \"%s\" phải là số nguyên không âm.",
            "Row %d: \"%s\" must be a non-negative whole number."),
    INVALID_PERCENT(
            "invalid-percent",
            "Dòng %d: \"%s\" phải là tỷ lệ từ 0 đến 100.",
            "Row %d: \"%s\" must be a percentage from 0 to 100."),
    INVALID_TYPE(
            "invalid-type",
            "Dòng %d: loại phải là \"Tập thể\" hoặc \"Cá nhân\" (hoặc đặt dưới dòng mục I. Tập thể / II. Cá nhân).",
            "Row %d: the type must be \"Tập thể\" or \"Cá nhân\" (or the row must sit under a section row I. Tập thể / II. Cá nhân)."),
    INVALID_STATUS(
            "invalid-status",
            "Dòng %d: tình trạng phải là Mới, Tiếp tục hoặc Nhân rộng.",
            "Row %d: the status must be Mới, Tiếp tục or Nhân rộng."),
    INVALID_RATING(
            "invalid-rating",
            "Dòng %d: hiệu quả phải là Cao, Khá, Trung bình hoặc Chưa đạt.",
            "Row %d: the efficiency must be Cao, Khá, Trung bình or Chưa đạt."),
    VILLAGES_EXCEEDED(
            "villages-exceeded",
            "Dòng %d: số thôn có mô hình lớn hơn số thôn, tổ dân phố.",
            "Row %d: more villages with a model than villages."),
    DUPLICATE_ROW("duplicate-row", "Dòng %d trùng với dòng %d.", "Row %d duplicates row %d."),
    MODEL_UNKNOWN(
            "model-unknown",
            "Dòng %d: không tìm thấy mô hình đã đăng ký \"%s\" trong phạm vi của bạn.",
            "Row %d: no registered model \"%s\" was found within your scope."),
    CODE_AMBIGUOUS(
            "code-ambiguous",
            "Dòng %d: nhiều mô hình trong phạm vi của bạn có mã \"%s\"; hãy xác định mô hình bằng đơn vị, tập thể/cá nhân và tên mô hình.",
            "Row %d: several models within your scope have the code \"%s\"; identify the model by unit, registrant and model name instead."),
    CODE_CONFLICT(
            "code-conflict",
            "Dòng %d: mô hình này đã được đăng ký với mã \"%s\".",
            "Row %d: this model is already registered with the code \"%s\"."),
    INVALID_CHARACTER(
            "invalid-character",
            "Dòng %d: ô \"%s\" có ký tự không hợp lệ (ký tự NUL hoặc nửa cặp UTF-16 đứng lẻ).",
            "Row %d: the cell \"%s\" holds an invalid character (NUL, or half of a UTF-16 surrogate pair)."),
    WRONG_TYPE(
            "wrong-type",
            "Dòng %d: \"%s\" phải là chữ hoặc số, không phải danh sách hay đối tượng JSON.",
            "Row %d: \"%s\" must be text or a number, not a JSON list or object."),
    NOT_A_LIST(
            "not-a-list",
            "Dòng %d: \"%s\" phải là danh sách mã lĩnh vực, ví dụ [\"GPMB\", \"KT\"].",
            "Row %d: \"%s\" must be a list of field codes, e.g. [\"GPMB\", \"KT\"]."),
    MODEL_SAME(
            "model-same",
            "Mô hình \"%s\" không thể hợp nhất hay đánh dấu khác biệt với chính nó.",
            "The model \"%s\" cannot be merged with, or marked distinct from, itself."),
    MODEL_OTHER_CAMPAIGN(
            "model-other-campaign",
            "Mô hình \"%s\" và \"%s\" thuộc hai phong trào khác nhau: chỉ hợp nhất hay đánh dấu khác biệt hai mô hình của cùng một phong trào.",
            "The models \"%s\" and \"%s\" belong to different campaigns: only two models of one campaign can be merged or marked distinct."),
    MODEL_WITHDRAWN(
            "model-withdrawn",
            "Mô hình \"%s\" đã được rút hoặc đã hợp nhất vào mô hình khác.",
            "The model \"%s\" is withdrawn or already merged into another."),
    MODEL_TARGET_REQUIRED(
            "model-target-required",
            "Hãy cho biết mã mô hình còn lại (\"%s\").",
            "Give the code of the other model (\"%s\")."),
    INVALID_THRESHOLD(
            "invalid-threshold",
            "Ngưỡng tương tự %s không hợp lệ: từ 0,1 đến 1, hoặc để trống để không kiểm tra trùng lặp.",
            "The similarity threshold %s is invalid: from 0.1 to 1, or empty for no duplicate check.");

    private final ErrorText text;

    IngestErrorCode(String type, String messageVi, String messageEn) {
        this.text = new ErrorText(type, messageVi, messageEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
