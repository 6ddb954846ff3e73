package dvk.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.database.Backup;
import dvk.database.EmbeddedDatabase;
import dvk.support.Api;
import dvk.support.DatabaseTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup of a live database restores with the commands users type into an empty data folder: every table's
 * rows, the snapshots' hashes and their frozen content come back the same; a restore over data is refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    DataSource dataSource;

    @Inject
    void pool(DataSource managed, DataSourceResolver resolver) {
        dataSource = resolver.resolve(managed);
    }

    @Inject
    ApplicationContext context;

    @Test
    void aBackupRestoresIntoAnEmptyDataFolderWithTheSameRowsAndSnapshotHashes(@TempDir Path dir) throws Exception {
        Map<String, Object> snapshot = freezeOneRegistration();
        Path file = dir.resolve("backups").resolve("dvk.zip");
        Backup.Summary taken;
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            taken = Backup.write(connection, file);
        }
        long backupMillis = (System.nanoTime() - started) / 1_000_000;
        Map<String, Long> before;
        Map<Long, String> hashesBefore;
        String frozenBefore;
        try (Connection connection = dataSource.getConnection()) {
            before = counts(connection, taken.rows().keySet());
            hashesBefore = hashes(connection);
            frozenBefore = frozenContent(connection);
        }
        assertEquals(before, taken.rows(), "the backup counted every table as it was");
        assertEquals(
                "rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "password hashes inside: the file is the service account's only");
        assertTrue(taken.rows().get("model") > 0 && taken.rows().get("unit") > 1000, "real data: " + taken.rows());
        assertEquals(snapshot.get("sha256"), hashesBefore.get(((Number) snapshot.get("id")).longValue()));

        Path dataDir = dir.resolve("new-data");
        started = System.nanoTime();
        Output restore = command(dataDir, "restore", file.toString());
        System.out.printf(
                "backup: %,d rows of %d tables, %,d bytes in %d ms; restore (new embedded server included) %d ms%n",
                taken.totalRows(),
                taken.rows().size(),
                Files.size(file),
                backupMillis,
                (System.nanoTime() - started) / 1_000_000);
        assertEquals(BackupCommand.DONE, restore.code(), restore.text());
        assertTrue(restore.text().contains("Đã khôi phục"), restore.text());

        try (EmbeddedDatabase restored = EmbeddedDatabase.start(dataDir.resolve("postgres"), false);
                Connection connection = DriverManager.getConnection(restored.jdbcUrl(EmbeddedDatabase.DATABASE))) {
            assertEquals(before, counts(connection, before.keySet()), "every table has its rows back");
            assertEquals(hashesBefore, hashes(connection), "the snapshots keep their SHA-256");
            assertEquals(frozenBefore, frozenContent(connection), "the frozen figures are the same bytes");
            try (Statement statement = connection.createStatement()) {
                // the sequences went on from where they were: a new row does not reuse an id
                statement.execute("SELECT setval('snapshot_id_seq', nextval('snapshot_id_seq'))");
                try (ResultSet rs = statement.executeQuery(
                        "SELECT last_value > (SELECT max(id) FROM snapshot) FROM snapshot_id_seq")) {
                    rs.next();
                    assertTrue(rs.getBoolean(1), "snapshot_id_seq is past every restored id");
                }
            }
        }

        Output again = command(dataDir, "restore", file.toString());
        assertEquals(BackupCommand.FAILED, again.code(), again.text());
        assertTrue(again.text().contains("empty"), again.text());

        Output backupOfRestored =
                command(dataDir, "backup", dir.resolve("second.zip").toString());
        assertEquals(BackupCommand.DONE, backupOfRestored.code(), backupOfRestored.text());
        assertEquals(taken.rows(), Backup.read(dir.resolve("second.zip")).rows(), "a backup of the restored folder");
    }

    @Test
    void theNightlyJobKeepsTheNewestFiles(@TempDir Path dir) throws Exception {
        NightlyBackup nightly = new NightlyBackup(
                dataSource, new DataSourceResolver() {}, dir.toString(), 2, java.time.Clock.systemUTC());
        Files.writeString(dir.resolve("dvk-2026-01-01.zip"), "old");
        Files.writeString(dir.resolve("dvk-2026-01-02.zip"), "old");
        Files.writeString(dir.resolve("notes.txt"), "not a backup");
        Path today = nightly.takeNow();
        assertEquals(List.of(dir.resolve("dvk-2026-01-02.zip"), today), nightly.kept());
        assertTrue(Files.exists(dir.resolve("notes.txt")), "other files are left alone");
        assertTrue(Backup.read(today).totalRows() > 0, "today's file is a backup");
    }

    private Map<String, Object> freezeOneRegistration() {
        Api xa = Api.as(http.toBlocking(), "xa");
        Api tinh = Api.as(http.toBlocking(), "tinh");
        long campaign = -1;
        for (Object c : (List<?>) tinh.getAny("/api/campaigns").body()) {
            if (String.valueOf(((Map<?, ?>) c).get("name")).contains("2025–2026")) {
                campaign = ((Number) ((Map<?, ?>) c).get("id")).longValue();
            }
        }
        assertTrue(campaign > 0, "the demo's 2025–2026 campaign exists");
        String csv = "Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT\n02947,HTX chè Bảo Yên,Tập thể,Chè sạch,1\n";
        HttpResponse<Map> stored = xa.send(
                HttpRequest.POST(
                                "/api/campaigns/" + campaign + "/batches/registrations?period=2025",
                                csv.getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv"),
                Map.class);
        assertEquals(201, stored.code(), String.valueOf(stored.body()));
        HttpResponse<Map> taken =
                tinh.post("/api/snapshots", Map.of("campaignId", campaign, "period", "2025", "unitCode", "15"));
        assertEquals(201, taken.code(), String.valueOf(taken.body()));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = taken.body();
        return body;
    }

    private static Map<String, Long> counts(Connection connection, Iterable<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private static Map<Long, String> hashes(Connection connection) throws SQLException {
        Map<Long, String> hashes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT id, sha256 FROM snapshot ORDER BY id")) {
            while (rs.next()) {
                hashes.put(rs.getLong(1), rs.getString(2));
            }
        }
        assertTrue(!hashes.isEmpty(), "a snapshot to compare");
        return hashes;
    }

    private static String frozenContent(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT md5(string_agg(content, '|' ORDER BY snapshot_id,"
                        + " position)) FROM snapshot_part")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Output command(Path dataDir, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int code = new BackupCommand(dataDir, Map.of(), out).run(args);
        return new Output(code, bytes.toString(StandardCharsets.UTF_8));
    }

    private record Output(int code, String text) {}
}
