package dvk.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A new role, or enabling / disabling a user; a member left out keeps its value. */
@Serdeable
public record UserAccessChange(
        @Nullable String role, @Nullable Boolean enabled) {}
