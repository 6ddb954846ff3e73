package dvk.errors;

/** Errors of units, users and access. */
public enum TenantErrorCode implements ErrorCode {
    UNIT_NOT_FOUND("unit-not-found", "Không tìm thấy đơn vị có mã \"%s\".", "No unit with code \"%s\" was found."),
    USER_NOT_FOUND("user-not-found", "Không tìm thấy người dùng \"%s\".", "No user named \"%s\" was found."),
    USERNAME_TAKEN("username-taken", "Tên đăng nhập \"%s\" đã được dùng.", "The username \"%s\" is already taken."),
    INVALID_USER("invalid-user", "Thông tin người dùng không hợp lệ: %s", "Invalid user: %s"),
    INVALID_DATE(
            "invalid-date",
            "Ngày \"%s\" không hợp lệ; dùng dạng YYYY-MM-DD.",
            "The date \"%s\" is not valid; use YYYY-MM-DD."),
    AMBIGUOUS_UNIT(
            "ambiguous-unit",
            "Mã \"%s\" thuộc về nhiều đơn vị qua các thời kỳ: %s. Hãy chỉ rõ ngày (on=YYYY-MM-DD).",
            "The code \"%s\" belongs to several units over time: %s. Name a day (on=YYYY-MM-DD)."),
    INVALID_LEVEL(
            "invalid-level",
            "Cấp \"%s\" không hợp lệ; dùng province, district, commune, village hoặc agency.",
            "The level \"%s\" is not valid; use province, district, commune, village or agency.");

    private final ErrorText text;

    TenantErrorCode(String type, String messageVi, String messageEn) {
        this.text = new ErrorText(type, messageVi, messageEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
