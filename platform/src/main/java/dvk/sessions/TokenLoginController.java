package dvk.sessions;

import dvk.access.Caller;
import dvk.http.ApiErrors;
import dvk.http.Problem;
import dvk.users.Users;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The API's login and logout. Micronaut's own login endpoint is switched off: it can neither throttle nor put the
 * user's token version into the token.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "sessions")
class TokenLoginController {

    private final Logins logins;
    private final Users users;

    TokenLoginController(Logins logins, Users users) {
        this.logins = logins;
        this.users = users;
    }

    @Serdeable
    @Schema(name = "Credentials")
    record Credentials(@Nullable String username, @Nullable String password) {}

    /** {@code {"username","password"}} → {@code access_token}; 401 when wrong, 429 with Retry-After when throttled. */
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(
            operationId = "login",
            summary = "Exchanges a username and password for a bearer token.",
            security = {})
    @ApiResponse(
            responseCode = "200",
            description = "logged in",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(ref = "#/components/schemas/AccessToken")))
    @ApiResponse(
            responseCode = "400",
            description = "the body could not be read",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
    @ApiResponse(
            responseCode = "401",
            description = "wrong username or password, or a disabled user",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
    @ApiResponse(
            responseCode = "429",
            description = "too many failed logins; try again after Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, schema = @Schema(type = "integer")),
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
    @ApiResponse(
            responseCode = "500",
            description = "a failure of the service",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
    @Post(
            value = "/login",
            consumes = {MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
    HttpResponse<?> login(HttpRequest<?> request, @Body Credentials credentials) {
        Logins.Outcome outcome = logins.login(credentials.username(), credentials.password(), request);
        if (outcome instanceof Logins.LoggedIn in) {
            return HttpResponse.ok(in.token());
        }
        if (outcome instanceof Logins.Throttled throttled) {
            long seconds = throttled.retryAfter().toSeconds();
            return problem(HttpStatus.TOO_MANY_REQUESTS, SessionErrorCode.LOGIN_THROTTLED, seconds)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        }
        return problem(HttpStatus.UNAUTHORIZED, SessionErrorCode.LOGIN_FAILED);
    }

    /** Ends every session of the caller, on every device: the token just used is refused from now on. */
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "logout", summary = "Ends every session of the caller, on every device.")
    @ApiResponse(responseCode = "204", description = "the caller's tokens are refused from now on")
    @ApiResponse(
            responseCode = "401",
            description = "no token, or one already ended",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
    @ApiResponse(
            responseCode = "500",
            description = "a failure of the service",
            content = @Content(mediaType = Problem.CONTENT_TYPE, schema = @Schema(ref = ApiErrors.PROBLEM)))
    @Post("/logout")
    HttpResponse<Void> logout(@Parameter(hidden = true) Caller caller) {
        users.endSessions(caller);
        return HttpResponse.noContent();
    }

    private static io.micronaut.http.MutableHttpResponse<?> problem(
            HttpStatus status, SessionErrorCode code, Object... args) {
        return HttpResponse.status(status)
                .contentType(MediaType.of(Problem.CONTENT_TYPE))
                .body(Problem.of(status.getCode(), code.type(), code.formatVi(args), code.formatEn(args)));
    }
}
