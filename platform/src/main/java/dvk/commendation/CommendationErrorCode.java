package dvk.commendation;

import dvk.errors.ErrorCode;
import dvk.errors.ErrorText;

/** Errors of commendation: allocating shares of a quota, proposing models within a share, deciding. */
public enum CommendationErrorCode implements ErrorCode {
    PERIOD_NOT_FOUND(
            "period-not-found", "Phong trào không có kỳ báo cáo \"%s\".", "The campaign has no period \"%s\"."),
    QUOTA_NOT_FOUND(
            "commendation-quota-not-found",
            "Phong trào không có chỉ tiêu khen thưởng số %s.",
            "The campaign has no commendation quota %s."),
    PROPOSAL_NOT_FOUND(
            "commendation-proposal-not-found",
            "Không tìm thấy đề nghị khen thưởng số %s.",
            "No commendation proposal %s was found."),
    MODEL_NOT_FOUND(
            "commendation-model-not-found",
            "Không có mô hình mã \"%s\" có kết quả kỳ %s trong phạm vi của bạn.",
            "There is no model \"%s\" with a result for period %s within your scope."),
    ISSUER_HOLDS_QUOTA(
            "commendation-issuer-holds-quota",
            "%s là đơn vị ban hành phong trào, giữ toàn bộ chỉ tiêu: chỉ phân bổ cho các đơn vị trực thuộc.",
            "%s issued the campaign and holds the whole quota: allocate to the units below it."),
    NOT_ALLOCATOR(
            "commendation-not-allocator",
            "Chỉ lãnh đạo của %s, đơn vị cấp trên trực tiếp, mới phân bổ chỉ tiêu cho %s.",
            "Only a manager of %s, the unit directly above, can allocate a share to %s."),
    NEGATIVE_COUNT("commendation-negative-count", "Số lượng không được âm.", "The count must not be negative."),
    OVER_ALLOCATED(
            "commendation-over-allocated",
            "Vượt chỉ tiêu: %1$s giữ %2$d, đã phân bổ và đề nghị %3$d; phân bổ %4$d cho %5$s cần %6$d.",
            "Over the quota: %1$s holds %2$d and has allocated and proposed %3$d; allocating %4$d to %5$s needs %6$d."),
    SHARE_BELOW_USED(
            "commendation-share-below-used",
            "%1$s đã phân bổ và đề nghị %2$d trong chỉ tiêu này: không thể giao ít hơn %2$d.",
            "%1$s has already allocated and proposed %2$d of this quota: its share cannot be less than %2$d."),
    NOT_PROPOSER(
            "commendation-not-proposer",
            "Phong trào này chỉ cho phép lãnh đạo đơn vị đề nghị khen thưởng.",
            "In this campaign only managers propose models for commendation."),
    REASON_REQUIRED(
            "commendation-reason-required",
            "Hãy ghi ngắn gọn lý do đề nghị khen thưởng.",
            "Give a short reason for the proposal."),
    WRONG_REGISTRANT_TYPE(
            "commendation-wrong-registrant-type",
            "Mô hình \"%s\" của %s, không thuộc chỉ tiêu dành cho %s.",
            "Model \"%s\" is registered by a %s, not within a quota for a %s."),
    SHARE_EXHAUSTED(
            "commendation-share-exhausted",
            "%1$s đã dùng hết chỉ tiêu được giao (%2$d) của \"%3$s\": không thể đề nghị thêm.",
            "%1$s has used its whole share (%2$d) of \"%3$s\": no further proposal is possible."),
    ALREADY_PROPOSED(
            "commendation-already-proposed",
            "Mô hình \"%s\" đã được đề nghị khen thưởng trong đợt xét này.",
            "Model \"%s\" is already proposed in this review."),
    NOT_ISSUER(
            "commendation-not-issuer",
            "Chỉ lãnh đạo của %s, đơn vị ban hành phong trào, mới quyết định khen thưởng.",
            "Only a manager of %s, which issued the campaign, decides on commendation."),
    DECISION_REQUIRED(
            "commendation-decision-required",
            "Quyết định khen thưởng cần ghi rõ duyệt hay không, số và ngày quyết định.",
            "An approval needs approved, the decision's number and its date."),
    ALREADY_DECIDED(
            "commendation-already-decided",
            "Đề nghị số %s đã được quyết định (%s).",
            "Proposal %s is already decided (%s).");

    private final ErrorText text;

    CommendationErrorCode(String type, String messageVi, String messageEn) {
        this.text = new ErrorText(type, messageVi, messageEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
