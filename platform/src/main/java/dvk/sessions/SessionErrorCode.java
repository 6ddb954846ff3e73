package dvk.sessions;

import dvk.errors.ErrorCode;
import dvk.errors.ErrorText;

/** Errors of logging in. */
enum SessionErrorCode implements ErrorCode {
    /** The same type and words as any other 401, so a failed login says no more than an expired token. */
    LOGIN_FAILED(
            "unauthorized",
            "Tên đăng nhập hoặc mật khẩu không đúng, hoặc phiên đăng nhập đã hết hạn.",
            "Wrong username or password, or the session has expired."),
    LOGIN_THROTTLED(
            "login-throttled",
            "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau %d giây.",
            "Too many failed logins. Please try again in %d seconds.");

    private final ErrorText text;

    SessionErrorCode(String type, String messageVi, String messageEn) {
        this.text = new ErrorText(type, messageVi, messageEn);
    }

    @Override
    public ErrorText text() {
        return text;
    }
}
