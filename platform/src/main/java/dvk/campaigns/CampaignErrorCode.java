package dvk.campaigns;

import dvk.errors.ErrorCode;
import dvk.errors.ErrorText;

public enum CampaignErrorCode implements ErrorCode {
    CAMPAIGN_NOT_FOUND("campaign-not-found", "Không tìm thấy phong trào số %s.", "No campaign with id %s was found."),
    TEMPLATE_NOT_FOUND("template-not-found", "Không có mẫu \"%s\".", "There is no template \"%s\"."),
    INVALID_CAMPAIGN(
            "invalid-campaign",
            "Phong trào có %d lỗi; xem danh sách errors.",
            "The campaign has %d errors; see the errors list."),
    FIELD_IN_USE(
            "field-in-use",
            "Không thể xóa lĩnh vực \"%s\": đã có %d mô hình đăng ký theo lĩnh vực này. Có thể đổi tên lĩnh vực.",
            "Cannot remove field \"%s\": %d registered models use it. Renaming the field is allowed."),
    PERIOD_IN_USE(
            "period-in-use",
            "Không thể xóa kỳ báo cáo \"%s\": đã có dữ liệu gửi cho kỳ này. Có thể đổi ngày của kỳ.",
            "Cannot remove period \"%s\": submissions already use it. Moving its dates is allowed."),
    INVALID_CONTINUATION(
            "invalid-continuation",
            "Phong trào không thể tiếp nối chính nó (số %s).",
            "A campaign cannot continue itself (id %s)."),
    STALE_VERSION(
            "stale-version",
            "Phong trào đã được người khác sửa (phiên bản %d); hãy tải lại rồi sửa.",
            "The campaign was changed by someone else (version %d); reload and edit again.");

    private final ErrorText text;

    CampaignErrorCode(String type, String messageVi, String messageEn) {
        this.text = new ErrorText(type, messageVi, messageEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
