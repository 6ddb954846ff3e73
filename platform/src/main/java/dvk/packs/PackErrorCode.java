package dvk.packs;

import dvk.errors.ErrorCode;

public enum PackErrorCode implements ErrorCode {
    PACK_NOT_FOUND("pack-not-found", "Không tìm thấy bộ tài liệu số %s.", "No report pack with id %s was found."),
    PACK_NOT_READY("pack-not-ready", "Bộ tài liệu số %s chưa tạo xong (trạng thái: %s).",
            "Report pack %s is not ready yet (status: %s)."),
    INVALID_KIND("invalid-pack-kind", "Loại bộ tài liệu \"%s\" không hợp lệ; dùng so-ket-6-thang hoặc tong-ket-nam.",
            "The pack kind \"%s\" is not valid; use so-ket-6-thang or tong-ket-nam."),
    INVALID_FORMAT("invalid-pack-format", "Định dạng \"%s\" không hợp lệ; dùng pdf, docx hoặc xlsx.",
            "The format \"%s\" is not valid; use pdf, docx or xlsx."),
    PERIOD_NOT_FOUND("period-not-found", "Phong trào không có kỳ báo cáo \"%s\".",
            "The campaign has no period \"%s\".");

    private final String type;
    private final String messageVi;
    private final String messageEn;

    PackErrorCode(String type, String messageVi, String messageEn) {
        this.type = type;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String messageVi() {
        return messageVi;
    }

    @Override
    public String messageEn() {
        return messageEn;
    }
}
