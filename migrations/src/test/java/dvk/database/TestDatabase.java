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

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String EXTERNAL = System.getenv("DVK_TEST_DATABASE_URL");
    private static EmbeddedDatabase embedded;

    private TestDatabase() {}

    /** Datasource properties of a new database, for a Micronaut {@code TestPropertyProvider}. */
    public static Map<String, String> newDatabaseProperties() {
        String name = "dvk_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        if (EXTERNAL != null && !EXTERNAL.isBlank()) {
            createOn(EXTERNAL, name);
            String url = EXTERNAL.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
            return Map.of("datasources.default.url", url);
        }
        EmbeddedDatabase database = embedded();
        database.createDatabaseIfMissing(name);
        return Map.of(
                "datasources.default.url",
                database.jdbcUrl(name),
                "datasources.default.username",
                EmbeddedDatabase.USER);
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

    private static void createOn(String serverUrl, String name) {
        run(serverUrl, "CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
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
