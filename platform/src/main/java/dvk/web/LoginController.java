package dvk.web;

import dvk.access.Caller;
import dvk.http.CallerBinder;
import dvk.users.Users;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The login form. It checks the password through {@link Users} like the API's {@code POST /login} and puts the
 * same signed token, with the same claims, in the session cookie.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {

    private final Users users;
    private final Csrf csrf;
    private final AccessRefreshTokenGenerator tokens;
    private final Duration lifetime;

    LoginController(Users users, Csrf csrf, AccessRefreshTokenGenerator tokens,
                    @Value("${micronaut.security.token.jwt.generator.access-token.expiration:3600}") int seconds) {
        this.users = users;
        this.csrf = csrf;
        this.tokens = tokens;
        this.lifetime = Duration.ofSeconds(seconds);
    }

    @Serdeable
    record LoginForm(@Nullable String username, @Nullable String password, @Nullable String next,
                     @Nullable String _csrf) {
    }

    @Get(value = "/dang-nhap", produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> form(@Nullable @QueryValue String next) {
        return page(safeNext(next), null, false);
    }

    @Post(value = "/dang-nhap", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> login(HttpRequest<?> request, @Body LoginForm form) {
        csrf.verify(request, form._csrf());
        String next = safeNext(form.next());
        Optional<Caller> caller = form.username() == null || form.password() == null ? Optional.empty()
                : users.authenticate(form.username().trim(), form.password())
                .flatMap(user -> users.caller(user.username()));
        Optional<String> token = caller.flatMap(c -> tokens.generate(Authentication.build(c.username(),
                List.of(c.role().sqlName()), CallerBinder.claimsOf(c)))).map(AccessRefreshToken::getAccessToken);
        if (token.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(page(next, form.username(), true));
        }
        return HttpResponse.seeOther(URI.create(next))
                .cookie(SessionCookie.issue(token.get(), lifetime, request.isSecure()));
    }

    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Post(value = "/dang-xuat", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> logout(HttpRequest<?> request, @Body Map<String, String> form) {
        csrf.verify(request, form.get(Csrf.FIELD));
        return HttpResponse.seeOther(URI.create("/dang-nhap")).cookie(SessionCookie.clear(request.isSecure()));
    }

    /** Switches the language and returns to the page the user was on. */
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Get(value = "/ngon-ngu/{lang}", produces = MediaType.TEXT_HTML)
    HttpResponse<?> language(HttpRequest<?> request, String lang, @Nullable @QueryValue String next) {
        String chosen = "en".equals(lang) ? "en" : "vi";
        return HttpResponse.seeOther(URI.create(safeNext(next))).cookie(io.micronaut.http.cookie.Cookie
                .of("lang", chosen).path("/").maxAge(Duration.ofDays(365)).secure(request.isSecure()));
    }

    private static ModelAndView<Map<String, Object>> page(String next, @Nullable String username, boolean failed) {
        Map<String, Object> model = new HashMap<>();
        model.put("next", next);
        model.put("username", username == null ? "" : username);
        model.put("failed", failed);
        return new ModelAndView<>("login", model);
    }

    /** Only a path on this site: "/x" but not "//host" or "/\host", which browsers treat as another site. */
    static String safeNext(@Nullable String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                ? next : "/";
    }
}
