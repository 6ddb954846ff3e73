package dvk.sessions;

import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;

/** Failed logins per subject (V45's login_attempt), shared by every instance on the database. */
@Singleton
@Connectable
class LoginAttempts {

    /** Failures further apart than this start again from one. */
    private static final String WINDOW = "1 hour";

    private final JdbcOperations jdbc;

    LoginAttempts(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** How long until the later of the subjects' locks ends, if either is locked now. */
    Optional<Duration> lockedFor(String first, String second) {
        return jdbc.prepareStatement("""
                SELECT ceil(extract(epoch FROM max(locked_until) - now()))::bigint
                  FROM login_attempt WHERE subject IN (?, ?) AND locked_until > now()
                """, ps -> {
            ps.setString(1, first);
            ps.setString(2, second);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long seconds = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.max(1, seconds)));
            }
        });
    }

    /** Counts one more failure of the subject and locks it for as long as the back-off says. */
    void failed(String subject, Backoff backoff) {
        jdbc.prepareStatement("""
                INSERT INTO login_attempt AS a (subject, failures, last_failure, locked_until)
                VALUES (?, 1, now(), now())
                ON CONFLICT (subject) DO UPDATE
                   SET failures = CASE WHEN a.last_failure < now() - interval '%1$s' THEN 1 ELSE a.failures + 1 END,
                       last_failure = now()
                RETURNING failures
                """.formatted(WINDOW), ps -> {
            ps.setString(1, subject);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                lock(subject, backoff.after(rs.getInt(1)));
                return null;
            }
        });
    }

    void succeeded(String subject) {
        jdbc.prepareStatement("DELETE FROM login_attempt WHERE subject = ?", ps -> {
            ps.setString(1, subject);
            return ps.executeUpdate();
        });
    }

    /** Rows of subjects that stopped failing long ago; keeps the table as small as the current attacks. */
    void forgetOld() {
        jdbc.prepareStatement("""
                DELETE FROM login_attempt WHERE last_failure < now() - interval '%1$s' AND locked_until < now()
                """.formatted(WINDOW), ps -> ps.executeUpdate());
    }

    private void lock(String subject, Duration wait) {
        jdbc.prepareStatement("""
                UPDATE login_attempt SET locked_until = now() + ? * interval '1 second' WHERE subject = ?
                """, ps -> {
            ps.setLong(1, wait.toSeconds());
            ps.setString(2, subject);
            return ps.executeUpdate();
        });
    }
}
