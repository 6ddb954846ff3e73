package dvk.backups;

import dvk.database.Backup;
import dvk.time.Vietnam;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last night's backup of the embedded database, kept in {@code $DVK_DATA_DIR/backups} as
 * {@code dvk-YYYY-MM-DD.zip} (Vietnam's date) with the newest {@code dvk.backups.keep} files. Only the embedded
 * default sets {@code dvk.backups.folder}: an external database is its administrator's to back up. One service
 * runs on a data folder at a time (the embedded server's folder lock), so no lease is needed here.
 */
@Singleton
@Requires(property = "dvk.backups.folder")
public class NightlyBackup {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyBackup.class);
    private static final String PREFIX = "dvk-";
    private static final String SUFFIX = ".zip";

    private final DataSource dataSource;
    private final Path folder;
    private final int keep;
    private final Clock clock;

    NightlyBackup(
            DataSource dataSource,
            DataSourceResolver resolver,
            @Value("${dvk.backups.folder}") String folder,
            @Value("${dvk.backups.keep:14}") int keep,
            Clock clock) {
        // the pool itself: a backup is its own read-only transaction, outside any the framework would manage
        this.dataSource = resolver.resolve(dataSource);
        this.folder = Path.of(folder);
        this.keep = Math.max(1, keep);
        this.clock = clock;
    }

    @Scheduled(cron = "${dvk.backups.cron:0 30 1 * * *}", zoneId = Vietnam.ZONE_ID)
    void nightly() {
        try {
            Path file = takeNow();
            LOG.info("Nightly backup written to {}", file);
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.error("The nightly backup failed; the previous ones are kept", e);
        }
    }

    /** Writes today's file (replacing an earlier one of the same day) and drops the oldest beyond the retention. */
    public Path takeNow() throws SQLException, IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(PREFIX + LocalDate.now(clock.withZone(Vietnam.ZONE)) + SUFFIX);
        try (Connection connection = dataSource.getConnection()) {
            Backup.write(connection, file);
        }
        List<Path> kept = kept();
        for (Path old : kept.subList(0, Math.max(0, kept.size() - keep))) {
            Files.deleteIfExists(old);
        }
        return file;
    }

    /** The backups in the folder, oldest first (the names sort by date). */
    public List<Path> kept() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith(PREFIX) && name.endsWith(SUFFIX);
                    })
                    .sorted()
                    .toList();
        }
    }
}
