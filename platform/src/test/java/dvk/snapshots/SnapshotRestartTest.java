package dvk.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A freeze's hash survives a real restart: the service is stopped and a new one starts on the same database
 * (the test JVM's embedded PostgreSQL outlives both applications, as the data folder outlives a service).
 */
class SnapshotRestartTest {

    @Test
    void theHashIsTheSameAfterTheServiceRestartsOnTheSameDatabase() throws Exception {
        Map<String, Object> properties = new HashMap<>(new DatabaseTest() {}.getProperties());
        long id;
        String sha256;
        ApplicationContext firstContext;

        // given a freeze taken by the first service
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, properties);
                HttpClient http = HttpClient.create(first.getURL())) {
            firstContext = first.getApplicationContext();
            Api tinh = Api.as(http.toBlocking(), "tinh");
            long campaign = campaign(tinh);
            HttpResponse<Map> stored = tinh.send(
                    HttpRequest.POST(
                                    "/api/campaigns/" + campaign + "/batches/registrations?period=2025",
                                    (SnapshotApiTest.HEADER + "02947,HTX chè Bảo Yên,Tập thể,Chè sạch,1,\n")
                                            .getBytes(StandardCharsets.UTF_8))
                            .contentType("text/csv"),
                    Map.class);
            assertEquals(HttpStatus.CREATED, stored.getStatus(), String.valueOf(stored.body()));
            HttpResponse<Map> taken =
                    tinh.post("/api/snapshots", Map.of("campaignId", campaign, "period", "2025", "unitCode", "15"));
            assertEquals(HttpStatus.CREATED, taken.getStatus(), String.valueOf(taken.body()));
            id = ((Number) taken.body().get("id")).longValue();
            sha256 = (String) taken.body().get("sha256");
        }

        // when a new service starts on the same database
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, properties);
                HttpClient http = HttpClient.create(second.getURL())) {
            assertNotSame(firstContext, second.getApplicationContext());
            assertEquals(false, firstContext.isRunning(), "the first service has stopped");
            Api tinh = Api.as(http.toBlocking(), "tinh");

            // then the freeze answers the same hash, and the stored rows still hash to it
            HttpResponse<Map> read = tinh.get("/api/snapshots/" + id);
            assertEquals(HttpStatus.OK, read.getStatus(), String.valueOf(read.body()));
            assertEquals(sha256, read.body().get("sha256"));
            assertEquals(sha256, SnapshotApiTest.recomputed(Sql.of(second.getApplicationContext()), id));
        }
    }

    private static long campaign(Api api) {
        for (Object c : (List<?>) api.getAny("/api/campaigns").body()) {
            if (String.valueOf(((Map<?, ?>) c).get("name")).contains("2025–2026")) {
                return ((Number) ((Map<?, ?>) c).get("id")).longValue();
            }
        }
        throw new IllegalStateException("No campaign of today's Lào Cai");
    }
}
