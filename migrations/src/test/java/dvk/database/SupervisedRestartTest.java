package dvk.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A postmaster killed with SIGKILL comes back on its folder and port without the service being restarted. */
class SupervisedRestartTest {

    @Test
    void aKilledPostmasterIsStartedAgainWithItsData(@TempDir Path dir) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir, true)) {
            String url = database.jdbcUrl(EmbeddedDatabase.DATABASE);
            try (Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (id int)");
                statement.execute("INSERT INTO kept VALUES (1), (2)");
            }
            database.supervise(Duration.ofMillis(200));
            long pid = Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid"), StandardCharsets.US_ASCII)
                    .get(0)
                    .trim());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            assertEquals(0, database.restarts(), "nothing restarted before the kill");

            long killed = System.nanoTime();
            postmaster.destroyForcibly();
            // not onExit(): a killed postmaster may stay a zombie where nothing reaps it, which counts as alive
            long rows = -1;
            // the server answers a moment before the supervisor's start call returns and it counts the restart
            while ((rows < 0 || database.restarts() == 0)
                    && System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(60)) {
                rows = countOrMinusOne(url);
                Thread.sleep(100);
            }
            long seconds = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
            System.out.println("a killed postmaster answered again after " + seconds + " ms");
            assertEquals(2, rows, "the committed rows are back within a minute");
            assertEquals(1, database.restarts());
            assertFalse(database.down());
            assertEquals(database.port(), Integer.parseInt(portOf(dir)), "the same port, so pools reconnect");
            assertNotEquals(
                    pid,
                    Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid"), StandardCharsets.US_ASCII)
                            .get(0)
                            .trim()),
                    "a new postmaster");
        }
    }

    private static long countOrMinusOne(String url) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM kept")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private static String portOf(Path dir) throws java.io.IOException {
        return Files.readAllLines(dir.resolve("postmaster.pid"), StandardCharsets.US_ASCII)
                .get(3)
                .trim();
    }
}
