package dvk.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.database.NamedSql;
import dvk.support.DatabaseTest;
import dvk.users.Users;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The scope rule is written once: every query calls it through {@link ScopeSql}, and {@link Caller#reads}, its
 * rendering for a path already in hand, decides exactly as the SQL function does.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeRuleTest implements DatabaseTest {

    @Inject
    Users users;

    @Inject
    JdbcOperations jdbc;

    /** Every unit of both structures, for each demo user: the Java rule and the SQL rule pick the same units. */
    @Test
    void callerReadsDecidesAsTheSqlFunction() {
        List<String> paths = jdbc.execute(connection -> NamedSql.of("SELECT path::text FROM unit ORDER BY path")
                .query(connection, Map.of(), rs -> rs.getString(1)));
        assertTrue(paths.size() > 10_000, "the real unit lists are loaded: " + paths.size());

        for (String username : List.of("admin", "tinh", "huyen", "huyen2", "xa", "xa2")) {
            Caller caller = users.caller(username).orElseThrow();
            Map<String, Object> values = new HashMap<>();
            values.put(ScopeSql.PARAMETER, caller.readScope());
            List<String> inSql = jdbc.execute(connection -> NamedSql.of(
                            "SELECT path::text FROM unit u WHERE " + ScopeSql.reads("u.path") + " ORDER BY path")
                    .query(connection, values, rs -> rs.getString(1)));
            List<String> inJava = paths.stream().filter(caller::reads).toList();

            assertEquals(inSql, inJava, username);
            assertTrue(inSql.size() > 1, username + " reads more than one unit");
            if (!caller.isAdmin()) {
                assertTrue(inSql.size() < paths.size() / 2, username + " does not read everything");
            }
        }
    }

    /** No query outside {@link ScopeSql} writes the scope functions itself. */
    @Test
    void theScopeFunctionsAreCalledOnlyThroughScopeSql() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> sources;
        try (Stream<Path> files = Stream.of("platform", "tenants", "reports")
                .map(module -> root.resolve(module).resolve("src/main"))
                .filter(Files::isDirectory)
                .flatMap(ScopeRuleTest::walk)) {
            sources = files.filter(
                            p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                    .toList();
        }
        assertTrue(sources.size() > 100, "the sources are found: " + sources.size());

        List<Path> writers = sources.stream()
                .filter(p -> !p.endsWith(Path.of("dvk/access/ScopeSql.java")))
                .filter(p -> read(p).matches("(?s).*\\bin_scope(_or_above)?\\s*\\(.*"))
                .toList();
        assertEquals(List.of(), writers);
    }

    private static Stream<Path> walk(Path dir) {
        try {
            return Files.walk(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
