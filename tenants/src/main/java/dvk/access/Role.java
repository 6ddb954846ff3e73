package dvk.access;

import java.util.Locale;

/** Ordered: each role can do what the ones before it can. */
public enum Role {
    VIEWER,
    SUBMITTER,
    MANAGER,
    ADMIN;

    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }

    public String sqlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
