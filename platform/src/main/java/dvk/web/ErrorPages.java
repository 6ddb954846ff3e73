package dvk.web;

import dvk.http.BrowserPages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error pages. Rendered to a string here rather than through the views filter, because error responses
 * are built after routing has failed. A 404 never repeats the request's details: "not found" must look the same
 * whether the thing is missing or outside the user's scope.
 */
@Singleton
class ErrorPages implements BrowserPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);

    private final ThymeleafViewsRenderer<Map<String, Object>> renderer;
    private final Layouts layouts;

    ErrorPages(ThymeleafViewsRenderer<Map<String, Object>> renderer, Layouts layouts) {
        this.renderer = renderer;
        this.layouts = layouts;
    }

    @Override
    public boolean wantsPage(HttpRequest<?> request) {
        return Web.wantsPage(request);
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> error(
            HttpRequest<?> request,
            MutableHttpResponse<?> response,
            int status,
            @Nullable String messageVi,
            @Nullable String messageEn) {
        MutableHttpResponse<Object> page = (MutableHttpResponse<Object>) response;
        if (status == HttpStatus.UNAUTHORIZED.getCode()) {
            String login = "/dang-nhap?next=" + URLEncoder.encode(request.getPath(), StandardCharsets.UTF_8);
            // htmx swaps fragments and would not follow a redirect to a whole page; it follows HX-Redirect
            return Web.isHtmx(request)
                    ? page.status(HttpStatus.UNAUTHORIZED)
                            .header("HX-Redirect", login)
                            .body(null)
                    : page.status(HttpStatus.SEE_OTHER)
                            .header(HttpHeaders.LOCATION, login)
                            .body(null);
        }
        int shown = status == HttpStatus.FORBIDDEN.getCode() ? HttpStatus.NOT_FOUND.getCode() : status;
        boolean detailed = shown == 409 || shown == 422;
        return page(
                request,
                page,
                shown,
                shown == 404 ? "not-found" : "error",
                detailed ? ("en".equals(layouts.lang(request)) ? messageEn : messageVi) : null);
    }

    /** The page for a form whose CSRF token is missing or stale. */
    MutableHttpResponse<Object> csrfRejected(HttpRequest<?> request) {
        return page(request, HttpResponse.status(HttpStatus.FORBIDDEN), 403, "csrf", null);
    }

    private MutableHttpResponse<Object> page(
            HttpRequest<?> request,
            MutableHttpResponse<Object> response,
            int status,
            String kind,
            @Nullable String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("layout", layouts.layout(request, false));
        model.put("status", status);
        model.put("kind", kind);
        model.put("message", message);
        return response.status(status)
                .contentType(MediaType.TEXT_HTML_TYPE + ";charset=utf-8")
                .body(render("error", model, request));
    }

    /** Never fails: an error page that cannot be rendered must not hide the original error. */
    private String render(String view, Map<String, Object> model, HttpRequest<?> request) {
        StringWriter out = new StringWriter();
        try {
            renderer.render(view, model, request).writeTo(out);
            return out.toString();
        } catch (IOException | RuntimeException e) {
            LOG.error("Error page {} could not be rendered", view, e);
            return "<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\"><title>DVK</title><h1>Lỗi "
                    + model.get("status") + "</h1><p><a href=\"/\">DVK</a></p></html>";
        }
    }
}
