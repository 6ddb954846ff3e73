package dvk.database;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A whole DVK database in one zip file, and back. The embedded PostgreSQL ships no {@code pg_dump}, so a backup
 * is every table of the schema copied out with {@code COPY … (FORMAT binary)} inside one repeatable-read
 * transaction (one consistent moment, writers not blocked), with the Flyway version and the sequences' values in
 * a manifest. A restore migrates an empty database to that same version, then copies the rows back with
 * triggers and foreign keys switched off for the session (the rows were consistent when taken, and append-only
 * triggers must not see the load as writes); newer migrations run at the next start as after any upgrade.
 */
public final class Backup {

    static final String MANIFEST = "dvk-backup.properties";
    private static final String FORMAT = "1";
    private static final String HISTORY = "flyway_schema_history";

    /** What a backup holds: its schema version, the moment it was taken and each table's row count. */
    public record Summary(String schemaVersion, Instant takenAt, Map<String, Long> rows) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private Backup() {}

    /** Writes the database behind {@code connection} to {@code file} (replaced only once complete). */
    public static Summary write(Connection connection, Path file) throws SQLException, IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            Instant takenAt = Instant.now();
            String version = schemaVersion(statement);
            List<String> tables = tables(statement);
            Map<String, Long> rows = new LinkedHashMap<>();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            ownerOnly(partial);
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry(table + ".copy"));
                    rows.put(table, copy.copyOut("COPY " + quoted(table) + " TO STDOUT (FORMAT binary)", zip));
                    zip.closeEntry();
                }
                Properties manifest = new Properties();
                manifest.setProperty("format", FORMAT);
                manifest.setProperty("schemaVersion", version);
                manifest.setProperty("takenAt", takenAt.toString());
                manifest.setProperty("tables", String.join(",", tables));
                rows.forEach((table, count) -> manifest.setProperty("rows." + table, Long.toString(count)));
                sequences(statement).forEach((name, value) -> manifest.setProperty("sequence." + name, value));
                zip.putNextEntry(new ZipEntry(MANIFEST));
                StringWriter text = new StringWriter();
                manifest.store(text, "DVK backup");
                zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            connection.commit();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(version, takenAt, rows);
        } finally {
            Files.deleteIfExists(partial);
            if (!connection.isClosed()) {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** The manifest of a backup file, read without loading it. */
    public static Summary read(Path file) throws IOException {
        Properties manifest = manifest(file);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : manifest.getProperty("tables").split(",")) {
            rows.put(table, Long.parseLong(manifest.getProperty("rows." + table)));
        }
        return new Summary(manifest.getProperty("schemaVersion"), Instant.parse(manifest.getProperty("takenAt")), rows);
    }

    /**
     * Loads {@code file} into the empty database of {@code dataSource}: refused when that database already has
     * DVK's tables. Needs a role that may switch triggers off ({@code session_replication_role}), as the
     * embedded database's owner is.
     */
    public static Summary restore(DataSource dataSource, Path file) throws SQLException, IOException {
        Summary summary = read(file);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            if (!tables(statement).isEmpty()) {
                throw new IllegalStateException("The database already holds tables; a backup is restored only into"
                        + " an empty one (a new DVK_DATA_DIR, or a new external database)");
            }
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(summary.schemaVersion())
                .load()
                .migrate();
        Properties manifest = manifest(file);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL session_replication_role = replica");
                List<String> tables = new ArrayList<>(summary.rows().keySet());
                tables.remove(HISTORY);
                // migrations may have written rows of their own; the backup's rows replace them
                statement.execute("TRUNCATE "
                        + String.join(", ", tables.stream().map(Backup::quoted).toList()));
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        String name = entry.getName();
                        if (!name.endsWith(".copy")) {
                            continue;
                        }
                        String table = name.substring(0, name.length() - ".copy".length());
                        if (!tables.contains(table)) {
                            continue;
                        }
                        long loaded =
                                copy.copyIn("COPY " + quoted(table) + " FROM STDIN (FORMAT binary)", unclosable(zip));
                        if (loaded != summary.rows().get(table)) {
                            throw new IllegalStateException(table + ": " + loaded + " rows loaded, the backup lists "
                                    + summary.rows().get(table));
                        }
                    }
                }
                for (String key : manifest.stringPropertyNames()) {
                    if (key.startsWith("sequence.")) {
                        statement.execute("SELECT setval('"
                                + quoted(key.substring("sequence.".length())).replace("'", "''") + "', "
                                + Long.parseLong(manifest.getProperty(key)) + ")");
                    }
                }
                connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        return summary;
    }

    private static Properties manifest(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (MANIFEST.equals(entry.getName())) {
                    Properties manifest = new Properties();
                    manifest.load(new StringReader(new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
                    if (!FORMAT.equals(manifest.getProperty("format"))) {
                        throw new IllegalStateException(file + " is a DVK backup of format "
                                + manifest.getProperty("format") + "; this version reads format " + FORMAT);
                    }
                    return manifest;
                }
            }
        }
        throw new IllegalStateException(file + " is not a DVK backup: it has no " + MANIFEST);
    }

    /** The schema's ordinary tables (partitions included, their parents not), Flyway's history first. */
    private static List<String> tables(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relpersistence = 'p'
                 ORDER BY c.relname <> 'flyway_schema_history', c.relname
                """)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static String schemaVersion(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT version FROM " + HISTORY
                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("The database has no migration applied: nothing to back up");
            }
            return rs.getString(1);
        }
    }

    private static Map<String, String> sequences(Statement statement) throws SQLException {
        Map<String, String> values = new LinkedHashMap<>();
        try (ResultSet rs = statement.executeQuery("SELECT sequencename, last_value FROM pg_sequences"
                + " WHERE schemaname = current_schema() AND last_value IS NOT NULL ORDER BY sequencename")) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        }
        return values;
    }

    /** The file holds every row, password hashes too: only the service's own account may read it (0600). */
    private static void ownerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** One zip entry as a stream that {@code copyIn} may read to its end without closing the whole zip. */
    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {}
        };
    }
}
