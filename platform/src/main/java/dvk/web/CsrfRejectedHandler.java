package dvk.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A form without a valid token: refused, with a page telling the user to reload and try again. */
@Produces
@Singleton
class CsrfRejectedHandler implements ExceptionHandler<Csrf.CsrfRejected, HttpResponse<?>> {

    private final ErrorPages pages;

    CsrfRejectedHandler(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Csrf.CsrfRejected exception) {
        return pages.csrfRejected(request);
    }
}
