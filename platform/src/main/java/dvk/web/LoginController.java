package dvk.web;

import dvk.access.Caller;
import dvk.sessions.Logins;
import dvk.sessions.SessionTokens;
import dvk.users.Users;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The login form. It logs in through {@link Logins}, throttled like the API's {@code POST /login}, and puts the
 * same signed token, with the same claims, in the session cookie.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

    private final Logins logins;
    private final Users users;
    private final Csrf csrf;
    private final SessionTokens tokens;

    LoginController(Logins logins, Users users, Csrf csrf, SessionTokens tokens) {
        this.logins = logins;
        this.users = users;
        this.csrf = csrf;
        this.tokens = tokens;
    }

    @Serdeable
    record LoginForm(
            @Nullable String username,
            @Nullable String password,
            @Nullable String next,
            @Nullable String _csrf) {}

    @Get(value = "/dang-nhap", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(@Nullable @QueryValue String next) {
        return page(safeNext(next), null, false);
    }

    @Post(value = "/dang-nhap", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> login(HttpRequest<?> request, @Body LoginForm form) {
        csrf.verify(request, form._csrf());
        String next = safeNext(form.next());
        Logins.Outcome outcome = logins.login(form.username(), form.password(), request);
        if (outcome instanceof Logins.LoggedIn in) {
            // the cookie ends with the token inside it, never later
            return HttpResponse.seeOther(URI.create(next))
                    .cookie(SessionCookie.issue(in.token().getAccessToken(), tokens.lifetime(), Web.isHttps(request)));
        }
        if (outcome instanceof Logins.Throttled throttled) {
            long seconds = throttled.retryAfter().toSeconds();
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .body(page(next, form.username(), seconds));
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(page(next, form.username(), true));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post(value = "/dang-xuat", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> logout(HttpRequest<?> request, Caller caller, @Body Map<String, String> form) {
        csrf.verify(request, form.get(Csrf.FIELD));
        // a copy of the cookie kept elsewhere must stop working too, not only this browser's
        users.endSessions(caller);
        return HttpResponse.seeOther(URI.create("/dang-nhap")).cookie(SessionCookie.clear(Web.isHttps(request)));
    }

    /** Switches the language and returns to the page the user was on. */
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(value = "/ngon-ngu/{lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> language(HttpRequest<?> request, String lang, @Nullable @QueryValue String next) {
        String chosen = "en".equals(lang) ? "en" : "vi";
        return HttpResponse.seeOther(URI.create(safeNext(next)))
                .cookie(io.micronaut.http.cookie.Cookie.of("lang", chosen)
                        .path("/")
                        .maxAge(Duration.ofDays(365))
                        .secure(Web.isHttps(request)));
    }

    private static ModelAndView<Map<String, Object>> page(String next, @Nullable String username, boolean failed) {
        return page(next, username, failed, null);
    }

    private static ModelAndView<Map<String, Object>> page(String next, @Nullable String username, long retryAfter) {
        return page(next, username, true, retryAfter);
    }

    private static ModelAndView<Map<String, Object>> page(
            String next, @Nullable String username, boolean failed, @Nullable Long retryAfter) {
        Map<String, Object> model = new HashMap<>();
        model.put("next", next);
        model.put("username", username == null ? "" : username);
        model.put("failed", failed);
        model.put("retryAfter", retryAfter);
        return new ModelAndView<>("login", model);
    }

    /**
     * Only a path on this site: "/x" but not "//host" or "/\host", which browsers treat as another site. Browsers
     * drop tabs and line breaks from a URL, so "/\t/host" is "//host" to them: no control character, space or
     * backslash is let through at all, and what is left must be a valid URI reference.
     */
    static String safeNext(@Nullable String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.chars().anyMatch(c -> c <= ' ' || c == 0x7f || c == '\\')) {
            return "/";
        }
        try {
            URI.create(next);
            return next;
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
