package dvk.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

/** Problems raised by the framework rather than by DVK code, keyed by HTTP status. */
enum GeneralProblem {
    BAD_REQUEST(400, "bad-request", "Yêu cầu không hợp lệ.", "The request is not valid."),
    UNAUTHORIZED(
            401,
            "unauthorized",
            "Tên đăng nhập hoặc mật khẩu không đúng, hoặc phiên đăng nhập đã hết hạn.",
            "Wrong username or password, or the session has expired."),
    FORBIDDEN(403, "not-found", "Không tìm thấy.", "Not found."),
    NOT_FOUND(404, "not-found", "Không tìm thấy.", "Not found."),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Phương thức không được hỗ trợ.", "Method not allowed."),
    NOT_ACCEPTABLE(406, "not-acceptable", "Không có định dạng phù hợp.", "No acceptable representation."),
    CONFLICT(409, "conflict", "Xung đột với dữ liệu hiện có.", "Conflict with the current data."),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Tệp quá lớn.", "The upload is too large."),
    UNSUPPORTED_MEDIA_TYPE(
            415, "unsupported-media-type", "Định dạng dữ liệu không được hỗ trợ.", "Unsupported media type."),
    UNPROCESSABLE(422, "invalid", "Dữ liệu không hợp lệ.", "The data is not valid."),
    INTERNAL(
            500,
            "internal-error",
            "Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.",
            "Internal error. Please try again or tell the administrator."),
    UNAVAILABLE(503, "unavailable", "Dịch vụ tạm thời không sẵn sàng.", "The service is temporarily unavailable.");

    final int status;
    final String type;
    final String messageVi;
    final String messageEn;

    GeneralProblem(int status, String type, String messageVi, String messageEn) {
        this.status = status;
        this.type = type;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    /** This problem as the answer to {@code request}: the error page for a browser, else problem+json. */
    MutableHttpResponse<?> answer(
            HttpRequest<?> request, @Nullable BrowserPages pages, MutableHttpResponse<?> response) {
        if (pages != null && pages.wantsPage(request)) {
            return pages.error(request, response, status, messageVi, messageEn);
        }
        return response.contentType(MediaType.of(Problem.CONTENT_TYPE))
                .body(Problem.of(status, type, messageVi, messageEn));
    }

    static GeneralProblem forStatus(int status) {
        for (GeneralProblem problem : values()) {
            if (problem.status == status) {
                return problem;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
