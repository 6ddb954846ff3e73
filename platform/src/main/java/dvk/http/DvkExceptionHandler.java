package dvk.http;

import dvk.errors.ConflictException;
import dvk.errors.DvkException;
import dvk.errors.NotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Map;

@Produces
@Singleton
public class DvkExceptionHandler implements ExceptionHandler<DvkException, HttpResponse<Map<String, Object>>> {

    @Override
    public HttpResponse<Map<String, Object>> handle(HttpRequest request, DvkException exception) {
        HttpStatus status = statusOf(exception);
        return HttpResponse.<Map<String, Object>>status(status)
                .contentType(MediaType.of(Problem.CONTENT_TYPE))
                .body(Problem.of(status.getCode(), exception));
    }

    private static HttpStatus statusOf(DvkException exception) {
        if (exception instanceof NotFoundException) {
            return HttpStatus.NOT_FOUND;
        }
        if (exception instanceof ConflictException) {
            return HttpStatus.CONFLICT;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
