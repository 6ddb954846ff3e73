package dvk.access;

import io.micronaut.core.annotation.Nullable;

/**
 * Who is asking: a user, their role, and the unit whose subtree bounds everything they read or write.
 * An administrator has no unit and no bound.
 */
public record Caller(
        long userId,
        String username,
        Role role,
        @Nullable Long unitId,
        @Nullable Long provinceId,
        @Nullable String unitPath) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The ltree path bounding what this caller reads, or null for no bound. */
    @Nullable
    public String readScope() {
        return isAdmin() ? null : unitPath;
    }

    public boolean reads(String path) {
        return isAdmin() || path.equals(unitPath) || path.startsWith(unitPath + ".");
    }

    public boolean writes(String path) {
        return role.atLeast(Role.SUBMITTER) && reads(path);
    }

    public boolean manages(String path) {
        return role.atLeast(Role.MANAGER) && reads(path);
    }
}
