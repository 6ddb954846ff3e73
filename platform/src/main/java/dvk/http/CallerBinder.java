package dvk.http;

import dvk.access.Caller;
import dvk.access.Role;
import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lets a controller method take a {@link Caller}: built from the signed token's claims. The only per-request
 * database read is the session check ({@code dvk.sessions.SessionClaimsValidator}), by primary key.
 */
@Singleton
public class CallerBinder implements TypedRequestArgumentBinder<Caller> {

    public static final String USER_ID = "uid";
    /** The user's token version when the token was issued; see V45. */
    public static final String TOKEN_VERSION = "tv";

    static final String UNIT_ID = "unit";
    static final String PROVINCE_ID = "province";
    static final String UNIT_PATH = "scope";
    static final String ROLE = "role";
    static final String INHERITED_PATHS = "inherited";

    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> request) {
        Optional<Caller> caller = request.getUserPrincipal(Authentication.class).map(CallerBinder::toCaller);
        return () -> caller;
    }

    /** Used by the API and the web login alike, so a cookie session carries exactly what an API token carries. */
    public static Map<String, Object> claimsOf(Caller caller, long tokenVersion) {
        Map<String, Object> claims = new java.util.HashMap<>();
        claims.put(USER_ID, caller.userId());
        claims.put(TOKEN_VERSION, tokenVersion);
        claims.put(ROLE, caller.role().sqlName());
        if (caller.unitId() != null) {
            claims.put(UNIT_ID, caller.unitId());
            claims.put(PROVINCE_ID, caller.provinceId());
            claims.put(UNIT_PATH, caller.unitPath());
            claims.put(INHERITED_PATHS, caller.inherited());
        }
        return claims;
    }

    public static Caller toCaller(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        return new Caller(
                number(claims.get(USER_ID)),
                authentication.getName(),
                Role.parse(String.valueOf(claims.get(ROLE))),
                claims.containsKey(UNIT_ID) ? number(claims.get(UNIT_ID)) : null,
                claims.containsKey(PROVINCE_ID) ? number(claims.get(PROVINCE_ID)) : null,
                claims.containsKey(UNIT_PATH) ? String.valueOf(claims.get(UNIT_PATH)) : null,
                claims.get(INHERITED_PATHS) instanceof Collection<?> paths
                        ? paths.stream().map(String::valueOf).toList()
                        : List.of());
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
    }
}
