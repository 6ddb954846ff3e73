package dvk.users;

import dvk.access.Caller;
import dvk.access.Role;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

public record User(
        long id,
        String username,
        String displayName,
        Role role,
        @Nullable Long unitId,
        @Nullable Long provinceId,
        @Nullable String unitCode,
        @Nullable String unitName,
        @Nullable String unitPath,
        List<String> inheritedPaths,
        String passwordHash,
        long tokenVersion,
        boolean enabled) {

    public Caller caller() {
        return new Caller(id, username, role, unitId, provinceId, unitPath, inheritedPaths);
    }
}
