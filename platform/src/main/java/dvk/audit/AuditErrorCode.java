package dvk.audit;

import dvk.errors.ErrorCode;
import dvk.errors.ErrorText;

public enum AuditErrorCode implements ErrorCode {
    INVALID_PAGE(
            "invalid-page", "Trang %s không hợp lệ: trang đánh số từ 1.", "Page %s is not valid: pages count from 1.");

    private final ErrorText text;

    AuditErrorCode(String type, String messageVi, String messageEn) {
        this.text = new ErrorText(type, messageVi, messageEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
