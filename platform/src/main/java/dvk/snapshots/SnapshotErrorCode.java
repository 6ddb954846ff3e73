package dvk.snapshots;

import dvk.errors.ErrorCode;
import dvk.errors.ErrorText;

public enum SnapshotErrorCode implements ErrorCode {
    SNAPSHOT_NOT_FOUND(
            "snapshot-not-found", "Không tìm thấy bản chốt số liệu số %s.", "No snapshot with id %s was found."),
    PERIOD_NOT_FOUND(
            "period-not-found", "Phong trào không có kỳ báo cáo \"%s\".", "The campaign has no period \"%s\"."),
    MISMATCH(
            "snapshot-mismatch",
            "Bản chốt số %s là của phong trào %s, kỳ %s: không dùng được cho phong trào %s, kỳ %s.",
            "Snapshot %s is of campaign %s, period %s: it cannot be read for campaign %s, period %s."),
    INVALID_REQUEST(
            "invalid-snapshot-request",
            "Cần campaignId, period và unitCode.",
            "campaignId, period and unitCode are required.");

    private final ErrorText text;

    SnapshotErrorCode(String type, String messageVi, String messageEn) {
        this.text = new ErrorText(type, messageVi, messageEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
