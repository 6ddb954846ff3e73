package dvk.sessions;

import dvk.http.CallerBinder;
import dvk.users.User;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;

/** Issues the signed token of a logged-in user, for the API's bearer header and the web's cookie alike. */
@Singleton
public class SessionTokens {

    private final AccessRefreshTokenGenerator generator;
    private final Duration lifetime;

    SessionTokens(
            AccessRefreshTokenGenerator generator,
            @Value("${micronaut.security.token.generator.access-token.expiration:3600}") int seconds) {
        this.generator = generator;
        this.lifetime = Duration.ofSeconds(seconds);
    }

    public AccessRefreshToken issue(User user) {
        Authentication authentication = Authentication.build(
                user.username(),
                List.of(user.role().sqlName()),
                CallerBinder.claimsOf(user.caller(), user.tokenVersion()));
        return generator
                .generate(authentication)
                .orElseThrow(() -> new IllegalStateException("No token generator is configured"));
    }

    /** How long a token is valid; a cookie that holds one must not outlive it. */
    public Duration lifetime() {
        return lifetime;
    }
}
