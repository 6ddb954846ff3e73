package dvk.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record UserView(
        String username,
        String displayName,
        String role,
        @Nullable String unitCode,
        @Nullable String unitName,
        boolean enabled) {

    static UserView of(User user) {
        return new UserView(
                user.username(),
                user.displayName(),
                user.role().sqlName(),
                user.unitCode(),
                user.unitName(),
                user.enabled());
    }
}
