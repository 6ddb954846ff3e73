package dvk.rollups;

import dvk.errors.ErrorCode;
import dvk.errors.ErrorText;

public enum RollupErrorCode implements ErrorCode {
    PERIOD_NOT_FOUND(
            "rollup-period-not-found", "Phong trào không có kỳ báo cáo \"%s\".", "The campaign has no period \"%s\"."),
    NO_COMPARISON_PERIOD(
            "rollup-no-comparison-period",
            "Không có kỳ để so sánh (%s) với kỳ \"%s\".",
            "There is no period to compare (%s) with \"%s\"."),
    INVALID_PARAMETER(
            "rollup-invalid-parameter",
            "Tham số \"%s\" có giá trị không hợp lệ: \"%s\".",
            "The parameter \"%s\" has an invalid value: \"%s\"."),
    UNIT_OUTSIDE_CAMPAIGN(
            "rollup-unit-outside-campaign",
            "Đơn vị \"%s\" không thuộc phạm vi của phong trào.",
            "The unit \"%s\" is outside the campaign's area.");

    private final ErrorText text;

    RollupErrorCode(String type, String messageVi, String messageEn) {
        this.text = new ErrorText(type, messageVi, messageEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
