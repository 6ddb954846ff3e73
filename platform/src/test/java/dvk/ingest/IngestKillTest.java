package dvk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dvk.database.TestDatabase;
import dvk.support.ServiceProcess;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The service in its own JVM, on a database of this test's PostgreSQL, killed with SIGKILL while it is
 * inserting a large batch: the database must hold nothing of that batch afterwards.
 */
class IngestKillTest {

    private static final int ROWS = 200_000;

    @Test
    void aServiceKilledInTheMiddleOfALargeUploadLeavesNoRowOfIt() throws Exception {
        // given the service on a database of its own, and a large registrations file for Tỉnh Lào Cai
        Map<String, String> database = TestDatabase.newDatabaseProperties();
        String url = database.get("datasources.default.url");
        Map<String, String> environment =
                new HashMap<>(Map.of("DATASOURCES_DEFAULT_URL", url, "DATASOURCES_DEFAULT_PASSWORD", ""));
        String user = database.get("datasources.default.username");
        if (user != null) {
            environment.put("DATASOURCES_DEFAULT_USERNAME", user);
        }
        Path work = Files.createTempDirectory("dvk-kill");
        Path file = work.resolve("registrations.csv");
        RegistrationFiles.write(file, RegistrationFiles.communes(List.of("10")).get("10"), ROWS);
        ServiceProcess service = ServiceProcess.start(work, environment, "-Xmx512m");
        try (Connection db =
                user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, "")) {
            String token = service.login("admin");
            long campaign = service.createCampaign(token, "10", "Phong trào thử ngắt điện", 2024);
            long modelsBefore = number(db, "SELECT count(*) FROM model");

            // when it is killed while the batch's rows are being inserted
            CompletableFuture<HttpResponse<String>> upload = CompletableFuture.supplyAsync(() -> {
                try {
                    return service.send(service.post(
                            "/api/campaigns/" + campaign + "/batches/registrations?period=2024",
                            token,
                            "text/csv",
                            HttpRequest.BodyPublishers.ofFile(file)));
                } catch (Exception e) {
                    return null;
                }
            });
            waitForStatement(db, "INSERT INTO model ", upload);
            service.kill();

            // then, once PostgreSQL has ended the dead connections, nothing of the batch is there
            waitForNoOtherBackends(db);
            assertEquals(modelsBefore, number(db, "SELECT count(*) FROM model"));
            assertEquals(0, number(db, "SELECT count(*) FROM batch WHERE campaign_id = " + campaign));
            assertEquals(0, number(db, "SELECT count(*) FROM submission WHERE campaign_id = " + campaign));
            assertEquals(
                    0, number(db, "SELECT coalesce(sum(models), 0) FROM rollup_tree WHERE campaign_id = " + campaign));
        } finally {
            service.kill();
        }
    }

    /** Polls the service's backends until one runs the statement; fails if the upload ends first. */
    private static void waitForStatement(Connection db, String prefix, CompletableFuture<HttpResponse<String>> upload)
            throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            assertFalse(
                    upload.isDone(),
                    "the upload ended before the service could be killed: "
                            + (upload.getNow(null) == null
                                    ? ""
                                    : upload.getNow(null).body()));
            try (Statement st = db.createStatement();
                    ResultSet rs = st.executeQuery("""
                    SELECT 1 FROM pg_stat_activity
                     WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active'
                       AND query LIKE '""" + prefix + "%'")) {
                if (rs.next()) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("The service never ran " + prefix);
    }

    /** A backend notices its client is gone when it next writes to it; this one's statement may finish first. */
    private static void waitForNoOtherBackends(Connection db) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (number(
                            db,
                            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                                    + " AND pid <> pg_backend_pid()")
                    == 0) {
                return;
            }
            Thread.sleep(100);
        }
        List<String> left = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT state || ': ' || query"
                        + " FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
            while (rs.next()) {
                left.add(rs.getString(1));
            }
        }
        throw new IllegalStateException("Backends of the killed service are still there: " + left);
    }

    private static long number(Connection db, String sql) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
