package dvk.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Set;

/**
 * What every browser page needs around its controller: the CSRF cookie that {@link Csrf} created during the
 * request, a refusal of cross-site form posts before any controller runs (a second line behind the token), the
 * security headers of HTML pages, and for every answer (API, downloads, pages) nosniff and no-store. The content security policy allows scripts and styles from this service
 * only, which is why the pages carry no inline script or style.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class WebFilter implements io.micronaut.core.order.Ordered {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseCrossSite(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod()) || Web.isApi(request)) {
            return null;
        }
        String site = request.getHeaders().get("Sec-Fetch-Site");
        if ("cross-site".equals(site)) {
            throw new Csrf.CsrfRejected();
        }
        return null;
    }

    @ResponseFilter
    void decorate(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(Csrf.NEW_SEED, String.class)
                .ifPresent(seed -> response.cookie(Csrf.cookie(seed, Web.isHttps(request))));
        boolean html = response.getContentType()
                .map(type -> type.matches(MediaType.TEXT_HTML_TYPE))
                .orElse(false);
        if (html && !Web.isApi(request)) {
            response.header("Content-Security-Policy", POLICY);
            response.header("Referrer-Policy", "same-origin");
        }
        // a browser must not guess a download's type, and neither it nor a proxy may keep a copy of one user's
        // data; only the static assets, the same for everyone, may be cached
        response.header("X-Content-Type-Options", "nosniff");
        if (!isStaticAsset(request.getPath())) {
            response.header("Cache-Control", "no-store");
        }
    }

    private static boolean isStaticAsset(String path) {
        return path.startsWith("/static/") || path.startsWith("/webjars/") || path.startsWith("/swagger-ui/");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
