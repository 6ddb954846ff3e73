package dvk.http;

import dvk.errors.ConflictException;
import dvk.errors.DvkException;
import dvk.errors.NotFoundException;
import dvk.errors.TooLargeException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.Map;

/** A DVK error as a problem document, or as the web UI's error page for a browser asking for a page. */
@Produces
@Singleton
public class DvkExceptionHandler implements ExceptionHandler<DvkException, HttpResponse<?>> {

    private final BrowserPages pages;

    DvkExceptionHandler(@Nullable BrowserPages pages) {
        this.pages = pages;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DvkException exception) {
        HttpStatus status = statusOf(exception);
        if (pages != null && pages.wantsPage(request)) {
            return pages.error(
                    request,
                    HttpResponse.status(status),
                    status.getCode(),
                    exception.messageVi(),
                    exception.messageEn());
        }
        MutableHttpResponse<Map<String, Object>> response = HttpResponse.<Map<String, Object>>status(status)
                .contentType(MediaType.of(Problem.CONTENT_TYPE))
                .body(Problem.of(status.getCode(), exception));
        if (exception instanceof TooLargeException) {
            // the rest of the body is not wanted: closing the connection spares reading it to the end
            response.header(HttpHeaders.CONNECTION, "close");
        }
        return response;
    }

    private static HttpStatus statusOf(DvkException exception) {
        if (exception instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (exception instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        if (exception instanceof TooLargeException) {
            return HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
