package dvk.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fresh, empty database for each test application: on one embedded PostgreSQL per test JVM, or, when
 * {@code DVK_TEST_DATABASE_URL} names a server (e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}),
 * on that server instead.
 */
public final class TestDatabase {

    /** The property naming the new database itself (a test may make it the template of others). */
    public static final String NAME = "dvk.test.database-name";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String EXTERNAL = System.getenv("DVK_TEST_DATABASE_URL");
    private static EmbeddedDatabase embedded;

    private TestDatabase() {}

    /** Datasource properties of a new database, for a Micronaut {@code TestPropertyProvider}. */
    public static Map<String, String> newDatabaseProperties() {
        return newDatabaseFrom("template0");
    }

    /**
     * Datasource properties of a new database copied from {@code template}, a database of this server that nobody
     * is connected to: a file copy, seconds where loading the same rows again takes minutes.
     */
    public static Map<String, String> newDatabaseFrom(String template) {
        String name = "dvk_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        if (EXTERNAL != null && !EXTERNAL.isBlank()) {
            createOn(EXTERNAL, name, template);
            String url = EXTERNAL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            return Map.of("datasources.default.url", url, NAME, name);
        }
        EmbeddedDatabase database = embedded();
        run(
                database.jdbcUrl("postgres"),
                "CREATE DATABASE " + name + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE " + template);
        return Map.of(
                "datasources.default.url",
                database.jdbcUrl(name),
                "datasources.default.username",
                EmbeddedDatabase.USER,
                NAME,
                name);
    }

    public static boolean external() {
        return EXTERNAL != null && !EXTERNAL.isBlank();
    }

    private static synchronized EmbeddedDatabase embedded() {
        if (embedded == null) {
            try {
                Path dir = Files.createTempDirectory("dvk-test-pg");
                // test data is thrown away, so durability is not worth its cost here
                embedded = EmbeddedDatabase.start(dir, false);
                Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return embedded;
    }

    private static void createOn(String serverUrl, String name, String template) {
        run(serverUrl, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE " + template);
        // a shared server must not fill up with test databases
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> run(serverUrl, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
    }

    private static void run(String serverUrl, String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql + " on " + serverUrl, e);
        }
    }
}
