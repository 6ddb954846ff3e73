package dvk.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error the framework produces (unknown route, bad JSON, missing token, crash) becomes a problem
 * document, or for a browser asking for a page, the web UI's error page. The framework's own message is never
 * shown: it can carry class names or SQL.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemResponseProcessor implements ErrorResponseProcessor<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

    private final BrowserPages pages;

    ProblemResponseProcessor(@Nullable BrowserPages pages) {
        this.pages = pages;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        // a 403 would confirm that the thing exists; DVK answers as if it did not
        if (status == HttpStatus.FORBIDDEN.getCode()) {
            status = HttpStatus.NOT_FOUND.getCode();
        }
        if (status >= 500) {
            context.getRootCause()
                    .ifPresent(cause -> LOG.error(
                            "Request {} {} failed",
                            context.getRequest().getMethod(),
                            context.getRequest().getPath(),
                            cause));
        }
        GeneralProblem problem = GeneralProblem.forStatus(status);
        if (pages != null && pages.wantsPage(context.getRequest())) {
            return pages.error(context.getRequest(), response, status, problem.messageVi, problem.messageEn);
        }
        Map<String, Object> body = Problem.of(status, problem.type, problem.messageVi, problem.messageEn);
        if (status == HttpStatus.BAD_REQUEST.getCode() && context.hasErrors()) {
            // binding errors name the parameter, which helps the caller and reveals nothing
            context.getErrors().get(0).getPath().ifPresent(path -> body.put("parameter", path));
        }
        MutableHttpResponse<Object> problemResponse = (MutableHttpResponse<Object>) response;
        return problemResponse
                .status(status)
                .contentType(MediaType.of(Problem.CONTENT_TYPE))
                .body(body);
    }
}
