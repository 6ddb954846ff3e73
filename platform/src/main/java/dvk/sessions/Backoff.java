package dvk.sessions;

import java.time.Duration;

/**
 * How long a subject waits after its n-th failed login in a row: nothing after the first {@code free - 1}
 * failures, then 5 s doubling with each failure, and from {@code lockAt} failures on a lock of {@code lock}.
 */
record Backoff(int free, int lockAt, Duration lock) {

    private static final long FIRST_WAIT_SECONDS = 5;

    /** An account: a user who mistypes a few times is never slowed; a guesser gets ten tries, then waits. */
    static final Backoff ACCOUNT = new Backoff(4, 10, Duration.ofMinutes(15));
    /** A client address: higher, because a province office behind one NAT address shares it. */
    static final Backoff ADDRESS = new Backoff(30, 100, Duration.ofMinutes(15));

    Duration after(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        if (failures >= lockAt) {
            return lock;
        }
        // the shift stays far below overflow; the lock bounds the wait anyway
        long seconds = FIRST_WAIT_SECONDS << Math.min(20, failures - free);
        return seconds >= lock.toSeconds() ? lock : Duration.ofSeconds(seconds);
    }
}
