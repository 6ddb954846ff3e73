package dvk.backups;

import dvk.database.Backup;
import dvk.database.EmbeddedDatabase;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@code java -jar dvk.jar backup FILE} and {@code java -jar dvk.jar restore FILE}: the database of the data
 * folder (the embedded one, read live when a service is running on it) or of {@code DATASOURCES_DEFAULT_URL}.
 * A restore goes only into an empty database: a new {@code DVK_DATA_DIR}, or a new external database.
 */
public final class BackupCommand {

    /** Exit codes: done, failed (the message says why), or not understood. */
    public static final int DONE = 0;

    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final Path dataDirectory;
    private final Map<String, String> env;
    private final PrintStream out;

    public BackupCommand(Path dataDirectory, Map<String, String> env, PrintStream out) {
        this.dataDirectory = dataDirectory;
        this.env = env;
        this.out = out;
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && ("backup".equals(args[0]) || "restore".equals(args[0]));
    }

    public int run(String[] args) {
        if (args.length != 2) {
            out.println("Cách dùng / usage: java -jar dvk.jar backup FILE | java -jar dvk.jar restore FILE");
            return USAGE;
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        try {
            return "backup".equals(args[0]) ? backup(file) : restore(file);
        } catch (SQLException | IOException | RuntimeException e) {
            out.println("Không thực hiện được / failed: " + e.getMessage());
            return FAILED;
        }
    }

    private int backup(Path file) throws SQLException, IOException {
        Files.createDirectories(file.getParent());
        Backup.Summary summary;
        Optional<String> external = external();
        if (external.isPresent()) {
            summary = write(dataSource(external.get()), file);
        } else {
            Path postgres = dataDirectory.resolve("postgres");
            Optional<String> running = EmbeddedDatabase.runningJdbcUrl(postgres);
            if (running.isPresent()) {
                summary = write(dataSource(running.get()), file);
            } else {
                try (EmbeddedDatabase database = EmbeddedDatabase.start(postgres, true)) {
                    summary = write(dataSource(database.jdbcUrl(EmbeddedDatabase.DATABASE)), file);
                }
            }
        }
        out.printf(
                "Đã sao lưu %,d dòng của %d bảng (phiên bản CSDL %s) vào %s%nBacked up %,d rows of %d tables"
                        + " (schema version %s) to %s%n",
                summary.totalRows(),
                summary.rows().size(),
                summary.schemaVersion(),
                file,
                summary.totalRows(),
                summary.rows().size(),
                summary.schemaVersion(),
                file);
        return DONE;
    }

    private int restore(Path file) throws SQLException, IOException {
        if (!Files.isRegularFile(file)) {
            out.println("Không có tệp / no such file: " + file);
            return FAILED;
        }
        Backup.Summary summary;
        Optional<String> external = external();
        if (external.isPresent()) {
            summary = Backup.restore(dataSource(external.get()), file);
        } else {
            Path postgres = dataDirectory.resolve("postgres");
            if (EmbeddedDatabase.runningJdbcUrl(postgres).isPresent()) {
                out.println("Hãy dừng DVK trước khi khôi phục / stop the DVK service before restoring (" + postgres
                        + " is in use)");
                return FAILED;
            }
            try (EmbeddedDatabase database = EmbeddedDatabase.start(postgres, true)) {
                summary = Backup.restore(dataSource(database.jdbcUrl(EmbeddedDatabase.DATABASE)), file);
            }
        }
        out.printf(
                "Đã khôi phục %,d dòng của %d bảng (bản sao lưu lúc %s, phiên bản CSDL %s)%nRestored %,d rows of %d"
                        + " tables (backup taken %s, schema version %s)%n",
                summary.totalRows(),
                summary.rows().size(),
                summary.takenAt(),
                summary.schemaVersion(),
                summary.totalRows(),
                summary.rows().size(),
                summary.takenAt(),
                summary.schemaVersion());
        return DONE;
    }

    private static Backup.Summary write(PGSimpleDataSource dataSource, Path file) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            return Backup.write(connection, file);
        }
    }

    private Optional<String> external() {
        String url = env.get("DATASOURCES_DEFAULT_URL");
        return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
    }

    private PGSimpleDataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(url);
        String user = env.get("DATASOURCES_DEFAULT_USERNAME");
        if (user != null && !user.isBlank() && !url.contains("user=")) {
            dataSource.setUser(user);
            dataSource.setPassword(env.get("DATASOURCES_DEFAULT_PASSWORD"));
        }
        return dataSource;
    }
}
