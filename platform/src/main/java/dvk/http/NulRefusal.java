package dvk.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Locale;

/**
 * Refuses a request whose path or query holds a NUL (%00) before any route sees it: PostgreSQL cannot store or
 * compare a text with one, so a NUL in a code or a name reached the database as a 500 on every route that looks
 * something up. No DVK value ever contains one.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class NulRefusal implements Ordered {

    private final BrowserPages pages;

    NulRefusal(@Nullable BrowserPages pages) {
        this.pages = pages;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuse(HttpRequest<?> request) {
        String raw = request.getUri().getRawPath() + "?" + request.getUri().getRawQuery();
        if (!raw.toLowerCase(Locale.ROOT).contains("%00")) {
            return null;
        }
        return GeneralProblem.BAD_REQUEST.answer(request, pages, HttpResponse.badRequest());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
