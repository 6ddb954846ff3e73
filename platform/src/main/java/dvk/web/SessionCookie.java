package dvk.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The browser's session: the same signed JWT the API hands out, kept in an HttpOnly cookie. Micronaut
 * Security's own cookie reader only runs in its cookie authentication mode, which would turn {@code POST /login}
 * into a redirect; this reader keeps the API's bearer login and adds the cookie beside it. The cookie is ignored
 * under {@code /api/}, so the API stays bearer-only and needs no CSRF defence.
 */
@Singleton
public class SessionCookie implements TokenReader<HttpRequest<?>> {

    static final String NAME = "DVK_SESSION";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        if (Web.isApi(request)) {
            return Optional.empty();
        }
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    @Override
    public int getOrder() {
        // after the bearer reader: a request carrying both is an API client
        return 100;
    }

    static Cookie issue(String token, Duration lifetime, boolean secure) {
        return Cookie.of(NAME, token)
                .httpOnly(true)
                .secure(secure)
                .sameSite(SameSite.Lax)
                .path("/")
                .maxAge(lifetime);
    }

    static Cookie clear(boolean secure) {
        return Cookie.of(NAME, "")
                .httpOnly(true)
                .secure(secure)
                .sameSite(SameSite.Lax)
                .path("/")
                .maxAge(0);
    }
}
