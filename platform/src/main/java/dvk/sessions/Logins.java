package dvk.sessions;

import dvk.access.Caller;
import dvk.audit.Audit;
import dvk.audit.AuditEntry;
import dvk.users.Users;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.render.AccessRefreshToken;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A login by password, for the API and the web form alike, throttled per account name and per client address.
 * A locked subject's password is not even checked, so guessing during a lock learns nothing; the account name is
 * counted as typed, so an unknown name is throttled exactly like an existing one.
 */
@Singleton
public class Logins {

    private static final Logger LOG = LoggerFactory.getLogger(Logins.class);

    private final Users users;
    private final LoginAttempts attempts;
    private final SessionTokens tokens;
    private final Audit audit;

    Logins(Users users, LoginAttempts attempts, SessionTokens tokens, Audit audit) {
        this.users = users;
        this.attempts = attempts;
        this.tokens = tokens;
        this.audit = audit;
    }

    /** What became of a login. */
    public sealed interface Outcome {}

    public record LoggedIn(AccessRefreshToken token) implements Outcome {}

    /** Wrong password, unknown or disabled user: one answer for all three. */
    public record Refused() implements Outcome {}

    public record Throttled(Duration retryAfter) implements Outcome {}

    /**
     * The client address counted is the peer's, never a forwarded header a client could set itself; behind a proxy
     * all users share the proxy's address, which is why the address limit is far above the account's.
     */
    public Outcome login(@Nullable String username, @Nullable String password, HttpRequest<?> request) {
        String name = username == null ? "" : username.trim();
        String clientAddress = request.getRemoteAddress().getHostString();
        String account = "user:" + name.toLowerCase(Locale.ROOT);
        String address = "address:" + clientAddress;
        Optional<Duration> locked = attempts.lockedFor(account, address);
        if (locked.isPresent()) {
            return new Throttled(locked.get());
        }
        Optional<AccessRefreshToken> token = password == null
                ? Optional.empty()
                : users.authenticate(name, password).map(tokens::issue);
        if (token.isPresent()) {
            attempts.succeeded(account);
            record(name, "login.success", clientAddress);
            return new LoggedIn(token.get());
        }
        attempts.failed(account, Backoff.ACCOUNT);
        attempts.failed(address, Backoff.ADDRESS);
        attempts.forgetOld();
        // the audit trail of guessing: who was tried from where
        LOG.warn("Failed login for \"{}\" from {}", name.replaceAll("\\p{Cntrl}", "?"), clientAddress);
        record(name, "login.failure", clientAddress);
        return new Refused();
    }

    /** On the account's unit when the name is a user's (their managers see it), else for administrators only. */
    private void record(String name, String action, String clientAddress) {
        Optional<Caller> account = users.caller(name);
        String clean = name.replaceAll("\\p{Cntrl}", "?");
        audit.record(new AuditEntry(
                account.map(Caller::provinceId).orElse(null),
                account.map(Caller::unitId).orElse(null),
                account.map(Caller::userId).orElse(null),
                clean.length() > 100 ? clean.substring(0, 100) : clean,
                action,
                null,
                null,
                Map.of(),
                clientAddress));
    }
}
