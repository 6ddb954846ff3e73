package dvk.reporting;

import dvk.errors.ErrorCode;
import dvk.errors.ErrorText;

/** Errors of the reporting cycle: sending, approving, returning and reopening a unit's report. */
public enum ReportErrorCode implements ErrorCode {
    PERIOD_NOT_FOUND(
            "period-not-found", "Phong trào không có kỳ báo cáo \"%s\".", "The campaign has no period \"%s\"."),
    KIND_NOT_FOUND(
            "report-kind-not-found",
            "Không có loại báo cáo \"%s\" (registrations, results, indicators).",
            "There is no report kind \"%s\" (registrations, results, indicators)."),
    UNKNOWN_ACTION(
            "unknown-action",
            "Thao tác \"%s\" không hợp lệ: chỉ submit, approve, return hoặc reopen.",
            "Action \"%s\" is not valid: only submit, approve, return or reopen."),
    REASON_REQUIRED("reason-required", "Hãy ghi lý do trả lại báo cáo.", "Give the reason for returning the report."),
    WRONG_STATE(
            "wrong-state",
            "Báo cáo của %s đang ở trạng thái \"%s\": không thể thực hiện \"%s\".",
            "The report of %s is \"%s\": \"%s\" is not possible."),
    NOT_SENDER(
            "not-sender",
            "Chỉ người gửi báo cáo của %s (hoặc của đơn vị cấp trên) mới gửi được báo cáo này.",
            "Only a submitter of %s (or of a unit above it) can send this report."),
    NOT_APPROVER(
            "not-approver",
            "Chỉ lãnh đạo của %s, đơn vị cấp trên trực tiếp, mới duyệt, trả lại hoặc mở lại được báo cáo của %s.",
            "Only a manager of %s, the unit directly above, can approve, return or reopen the report of %s."),
    NO_APPROVER(
            "no-approver",
            "%s không có đơn vị cấp trên trong phong trào này để duyệt báo cáo.",
            "%s has no unit above it in this campaign to approve its report."),
    APPROVED(
            "report-approved",
            "Báo cáo %1$s kỳ %2$s của %3$s đã được %4$s duyệt lúc %5$s: không thể thay đổi số liệu, không dòng nào được lưu. Đề nghị đơn vị duyệt mở lại báo cáo (reopen) rồi gửi lại.",
            "The %1$s report of %3$s for period %2$s was approved by %4$s at %5$s: its figures cannot change and nothing was stored. Ask the approving unit to reopen the report, then send again.");

    private final ErrorText text;

    ReportErrorCode(String type, String messageVi, String messageEn) {
        this.text = new ErrorText(type, messageVi, messageEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
