package dvk.access;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Who is asking: a user, their role, and the subtrees that bound everything they read or write: their own
 * unit's, and the subtrees of the units that went wholly into it on 1/7/2025 ({@code inherited}), so today's
 * units read their predecessors' history. An administrator has no unit and no bound.
 */
public record Caller(
        long userId,
        String username,
        Role role,
        @Nullable Long unitId,
        @Nullable Long provinceId,
        @Nullable String unitPath,
        List<String> inherited) {

    public Caller {
        inherited = inherited == null ? List.of() : List.copyOf(inherited);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /**
     * The scope as a PostgreSQL {@code ltree[]} literal, bound as {@code :scope} of {@link ScopeSql}'s
     * fragments, or null for no bound.
     */
    @Nullable
    public String readScope() {
        if (isAdmin()) {
            return null;
        }
        StringBuilder array = new StringBuilder("{").append(unitPath);
        inherited.forEach(path -> array.append(',').append(path));
        return array.append('}').toString();
    }

    /** The ids of the inherited units in a province's tree (the last label of each inherited path there). */
    public List<Long> inheritedUnitIdsIn(long provinceId) {
        String province = String.valueOf(provinceId);
        return inherited.stream()
                .filter(path -> within(path, province))
                .map(path -> Long.parseLong(path.substring(path.lastIndexOf('.') + 1)))
                .toList();
    }

    /** The scope rule of {@link ScopeSql} for a path already in hand ({@code ScopeRuleTest} proves they agree). */
    public boolean reads(String path) {
        return isAdmin() || within(path, unitPath) || inherited.stream().anyMatch(root -> within(path, root));
    }

    public boolean writes(String path) {
        return role.atLeast(Role.SUBMITTER) && reads(path);
    }

    public boolean manages(String path) {
        return role.atLeast(Role.MANAGER) && reads(path);
    }

    private static boolean within(String path, @Nullable String root) {
        return root != null && (path.equals(root) || path.startsWith(root + "."));
    }
}
