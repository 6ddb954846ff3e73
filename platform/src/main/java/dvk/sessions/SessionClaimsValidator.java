package dvk.sessions;

import dvk.http.CallerBinder;
import dvk.users.SessionState;
import dvk.users.UserRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/**
 * What a signed token must also say to be accepted: a signature alone would let a token live forever, come from
 * another issuer that shares the key, or outlive its user's logout, password reset, role change or disabling.
 * Micronaut's own validators accept a token without {@code exp}, skip {@code nbf} by default and match the issuer
 * by suffix, so all three are checked here, exactly. The user check is one primary-key read per request; the
 * security module runs claim validators off the event loop.
 */
@Singleton
class SessionClaimsValidator implements GenericJwtClaimsValidator<HttpRequest<?>> {

    /** Lazy: the security beans are built before the data layer. */
    private final Provider<UserRepository> users;

    private final String issuer;

    SessionClaimsValidator(Provider<UserRepository> users, @Value("${micronaut.application.name}") String issuer) {
        this.users = users;
        this.issuer = issuer;
    }

    @Override
    public boolean validate(Claims claims, @Nullable HttpRequest<?> request) {
        Instant now = Instant.now();
        Optional<Instant> expires = instant(claims.get(Claims.EXPIRATION_TIME));
        Optional<Instant> notBefore = instant(claims.get(Claims.NOT_BEFORE));
        if (expires.isEmpty()
                || !expires.get().isAfter(now)
                || notBefore.map(now::isBefore).orElse(false)
                || !issuer.equals(claims.get(Claims.ISSUER))) {
            return false;
        }
        Optional<Long> userId = number(claims.get(CallerBinder.USER_ID));
        Optional<Long> version = number(claims.get(CallerBinder.TOKEN_VERSION));
        if (userId.isEmpty() || version.isEmpty()) {
            return false;
        }
        Optional<SessionState> state = users.get().sessionState(userId.get());
        return state.filter(SessionState::enabled)
                .filter(s -> s.tokenVersion() == version.get())
                .filter(s -> Objects.equals(s.username(), claims.get(Claims.SUBJECT)))
                .isPresent();
    }

    private static Optional<Instant> instant(@Nullable Object value) {
        if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (value instanceof Instant instant) {
            return Optional.of(instant);
        }
        return number(value).map(Instant::ofEpochSecond);
    }

    private static Optional<Long> number(@Nullable Object value) {
        if (value instanceof Number n) {
            return Optional.of(n.longValue());
        }
        try {
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.toString()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
