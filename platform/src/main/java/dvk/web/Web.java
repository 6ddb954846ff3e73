package dvk.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;

/** Which requests belong to the browser pages rather than to the JSON API. */
final class Web {

    private Web() {}

    static boolean isApi(HttpRequest<?> request) {
        String path = request.getPath();
        return path.startsWith("/api/")
                || path.equals("/api")
                || path.equals("/login")
                || path.equals("/logout")
                || path.startsWith("/swagger")
                || path.startsWith("/health");
    }

    /** A browser asking for a page: it accepts HTML and is not talking to the API. */
    static boolean wantsPage(HttpRequest<?> request) {
        return !isApi(request) && request.accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }

    /**
     * Whether the browser talks HTTPS to us, directly or to the TLS proxy in front (X-Forwarded-Proto). A client
     * that sends the header itself only gets its own cookies marked Secure, so it is trusted as it comes.
     */
    static boolean isHttps(HttpRequest<?> request) {
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }

    static boolean isHtmx(HttpRequest<?> request) {
        return request.getHeaders().contains("HX-Request");
    }
}
