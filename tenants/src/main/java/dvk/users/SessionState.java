package dvk.users;

/** The part of a user a session token must still agree with. */
public record SessionState(String username, long tokenVersion, boolean enabled) {}
