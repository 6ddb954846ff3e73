package dvk.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF defence for every form and every page request that changes something (signed double submit): the
 * browser holds a random value in an HttpOnly, SameSite=Strict cookie, and each form carries an HMAC of that
 * value. Another site can neither read the cookie nor compute the HMAC, and a cookie planted from a sibling
 * domain is useless without the server's key. micronaut-security-csrf is not served for this platform.
 */
@Singleton
public class Csrf {

    static final String COOKIE = "DVK_CSRF";
    static final String FIELD = "_csrf";
    static final String HEADER = "X-CSRF-Token";
    static final String NEW_SEED = "dvk.csrf.seed";

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    Csrf(@Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}") String tokenSecret) {
        // a key of its own, derived from the token secret so that every instance on the same secret agrees
        this.key = new SecretKeySpec(
                hmac(new SecretKeySpec(tokenSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"), "dvk-web-csrf"),
                "HmacSHA256");
    }

    /**
     * The token for this request's forms; creates the cookie's value when the browser has none yet. It is bound to
     * the session too: a token read from one session (an attacker's own) is worthless in another, even with a CSRF
     * cookie planted from a sibling domain, and a logout or a new login retires the page's tokens.
     */
    public String token(HttpRequest<?> request) {
        return BASE64.encodeToString(hmac(key, bound(seed(request), request)));
    }

    /** True when the submitted form field or header matches the browser's cookie. */
    public boolean valid(HttpRequest<?> request, @Nullable String formToken) {
        Optional<String> cookie = request.getCookies().findCookie(COOKIE).map(Cookie::getValue);
        String submitted = formToken != null && !formToken.isBlank()
                ? formToken
                : request.getHeaders().get(HEADER);
        if (cookie.isEmpty() || cookie.get().isBlank() || submitted == null) {
            return false;
        }
        byte[] expected = BASE64.encode(hmac(key, bound(cookie.get(), request)));
        return MessageDigest.isEqual(expected, submitted.getBytes(StandardCharsets.US_ASCII));
    }

    /** Throws when the form was not sent by one of this service's own pages. */
    public void verify(HttpRequest<?> request, @Nullable String formToken) {
        if (!valid(request, formToken)) {
            throw new CsrfRejected();
        }
    }

    String seed(HttpRequest<?> request) {
        Optional<String> existing =
                request.getCookies().findCookie(COOKIE).map(Cookie::getValue).filter(value -> !value.isBlank());
        if (existing.isPresent()) {
            return existing.get();
        }
        return request.getAttribute(NEW_SEED, String.class).orElseGet(() -> {
            byte[] bytes = new byte[24];
            random.nextBytes(bytes);
            String seed = BASE64.encodeToString(bytes);
            request.setAttribute(NEW_SEED, seed);
            return seed;
        });
    }

    /** The seed and the session cookie (none before login), told apart by a character neither contains. */
    private static String bound(String seed, HttpRequest<?> request) {
        return seed + "\n"
                + request.getCookies()
                        .findCookie(SessionCookie.NAME)
                        .map(Cookie::getValue)
                        .orElse("");
    }

    static Cookie cookie(String seed, boolean secure) {
        return Cookie.of(COOKIE, seed)
                .httpOnly(true)
                .secure(secure)
                .sameSite(SameSite.Strict)
                .path("/");
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A form that did not come from this service's pages, or whose page is from before the cookie changed. */
    public static final class CsrfRejected extends RuntimeException {
        CsrfRejected() {
            super("CSRF token missing or wrong", null, false, false);
        }
    }
}
