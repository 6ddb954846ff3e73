package dvk.http;

import dvk.database.EmbeddedDatabase;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;

/**
 * While the supervisor starts a dead embedded PostgreSQL again (a few seconds), every request is answered 503
 * with {@code Retry-After} at once, {@code /health} included, instead of waiting for the connection pool's
 * timeout and then failing with a 500.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(beans = EmbeddedDatabase.class)
class DatabaseRestarting implements Ordered {

    static final String RETRY_AFTER_SECONDS = "5";

    private final EmbeddedDatabase database;
    private final BrowserPages pages;

    DatabaseRestarting(EmbeddedDatabase database, @Nullable BrowserPages pages) {
        this.database = database;
        this.pages = pages;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> whileDown(HttpRequest<?> request) {
        if (!database.down()) {
            return null;
        }
        MutableHttpResponse<?> unavailable = HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        if (request.getPath().startsWith("/health")) {
            return unavailable.contentType(MediaType.APPLICATION_JSON_TYPE).body(Map.of("status", "DOWN"));
        }
        return GeneralProblem.UNAVAILABLE.answer(request, pages, unavailable);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
