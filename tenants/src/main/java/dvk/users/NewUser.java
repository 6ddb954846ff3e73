package dvk.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record NewUser(
        String username,
        String password,
        String role,
        @Nullable String unitCode,
        @Nullable String displayName) {}
