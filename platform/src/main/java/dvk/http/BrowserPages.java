package dvk.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;

/**
 * Error answers for people in a browser rather than for API clients: a page in their language instead of a
 * problem document. Implemented by the web UI; API routes never get one.
 */
public interface BrowserPages {

    /** True for a browser asking for a page (it accepts HTML) outside the API. */
    boolean wantsPage(HttpRequest<?> request);

    /** The error page for {@code status}; a 401 becomes a redirect to the login form. */
    MutableHttpResponse<Object> error(
            HttpRequest<?> request,
            MutableHttpResponse<?> response,
            int status,
            @Nullable String messageVi,
            @Nullable String messageEn);
}
