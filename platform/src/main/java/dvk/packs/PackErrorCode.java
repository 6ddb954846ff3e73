package dvk.packs;

import dvk.errors.ErrorCode;
import dvk.errors.ErrorText;

public enum PackErrorCode implements ErrorCode {
    PACK_NOT_FOUND("pack-not-found", "Không tìm thấy bộ tài liệu số %s.", "No report pack with id %s was found."),
    PACK_NOT_READY(
            "pack-not-ready",
            "Bộ tài liệu số %s chưa tạo xong (trạng thái: %s).",
            "Report pack %s is not ready yet (status: %s)."),
    INVALID_KIND(
            "invalid-pack-kind",
            "Loại bộ tài liệu \"%s\" không hợp lệ; dùng so-ket-6-thang hoặc tong-ket-nam.",
            "The pack kind \"%s\" is not valid; use so-ket-6-thang or tong-ket-nam."),
    INVALID_FORMAT(
            "invalid-pack-format",
            "Định dạng \"%s\" không hợp lệ; dùng pdf, docx hoặc xlsx.",
            "The format \"%s\" is not valid; use pdf, docx or xlsx."),
    PERIOD_NOT_FOUND(
            "period-not-found", "Phong trào không có kỳ báo cáo \"%s\".", "The campaign has no period \"%s\".");

    private final ErrorText text;

    PackErrorCode(String type, String messageVi, String messageEn) {
        this.text = new ErrorText(type, messageVi, messageEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
