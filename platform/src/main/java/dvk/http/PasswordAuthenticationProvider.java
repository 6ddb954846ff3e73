package dvk.http;

import dvk.users.User;
import dvk.users.Users;
import dvk.access.Caller;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

import java.util.List;

/** Username and password against the bcrypt hashes; bcrypt and the lookup run off the event loop. */
@Singleton
public class PasswordAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    /** Lazy: the security module instantiates providers while the data layer is still being built. */
    private final Provider<Users> users;

    public PasswordAuthenticationProvider(Provider<Users> users) {
        this.users = users;
    }

    @Override
    public @NonNull String getExecutorName() {
        return TaskExecutors.BLOCKING;
    }

    @Override
    public @NonNull AuthenticationResponse authenticate(HttpRequest<B> request,
                                                        @NonNull AuthenticationRequest<String, String> credentials) {
        return users.get().authenticate(credentials.getIdentity(), credentials.getSecret())
                .map(PasswordAuthenticationProvider::success)
                // one answer for an unknown user and a wrong password
                .orElseGet(() -> AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH));
    }

    private static AuthenticationResponse success(User user) {
        Caller caller = new Caller(user.id(), user.username(), user.role(), user.unitId(), user.provinceId(),
                user.unitPath(), user.inheritedPaths());
        return AuthenticationResponse.success(user.username(), List.of(user.role().sqlName()),
                CallerBinder.claimsOf(caller));
    }
}
