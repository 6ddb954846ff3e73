package dvk.start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one database, as behind a load balancer: a token from one works on the other, an
 * upload through one is in the other's rollup at once, and queued pack jobs that both instances sweep are each
 * run exactly once.
 */
class TwoInstancesTest {

    @Test
    void twoInstancesShareEverythingThroughTheDatabaseAndRunEachJobOnce() throws Exception {
        Map<String, Object> properties = Map.copyOf(new DatabaseTest() {}.getProperties());
        try (Instance a = Instance.start(properties);
                Instance b = Instance.start(properties)) {
            assertTrue(a.server.getPort() != b.server.getPort(), "two servers");

            // a login on one instance is a session on the other
            Api tinhOnA = Api.as(a.client, "tinh");
            Api tinhOnB = Api.withToken(b.client, tinhOnA.token());
            assertEquals(200, tinhOnB.get("/api/units/15").code(), "A's token is good on B");

            // an upload through A is counted by B's rollup
            long campaign = -1;
            for (Object c : (List<?>) tinhOnB.getAny("/api/campaigns").body()) {
                if (String.valueOf(((Map<?, ?>) c).get("name")).contains("2025–2026")) {
                    campaign = ((Number) ((Map<?, ?>) c).get("id")).longValue();
                }
            }
            assertTrue(campaign > 0, "the demo's 2025–2026 campaign");
            String rollup = "/api/rollups/02947?campaign=" + campaign + "&period=2025";
            long before = models(tinhOnB.get(rollup).body());
            String csv = "Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT\n02947,HTX Hai Máy,Tập thể,Chè hai máy,1\n";
            HttpResponse<Map> stored = Api.as(a.client, "xa")
                    .send(
                            HttpRequest.POST(
                                            "/api/campaigns/" + campaign + "/batches/registrations?period=2025",
                                            csv.getBytes(StandardCharsets.UTF_8))
                                    .contentType("text/csv"),
                            Map.class);
            assertEquals(201, stored.code(), String.valueOf(stored.body()));
            assertEquals(before + 1, models(tinhOnB.get(rollup).body()), "B counts A's upload");

            // queued jobs that nobody claimed: both instances' sweeps go for them, each runs once
            Sql sql = Sql.of(a.context);
            List<Long> jobs = List.of(queuedPack(sql, "2023-H1"), queuedPack(sql, "2023"), queuedPack(sql, "2024"));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            long open = jobs.size();
            while (open > 0 && System.nanoTime() < deadline) {
                Thread.sleep(500);
                open = sql.number(
                        "SELECT count(*) FROM pack WHERE status NOT IN ('done', 'failed') AND id IN " + inList(jobs));
            }
            assertEquals(0, open, "every job finished within four minutes");
            for (long job : jobs) {
                assertEquals(
                        "done 1",
                        sql.text("SELECT status || ' ' || attempts FROM pack WHERE id = " + job),
                        "job " + job + " done after exactly one claim: "
                                + sql.text("SELECT coalesce(error, '') FROM pack WHERE id = " + job));
            }
        }
    }

    private static long models(Map<?, ?> rollup) {
        return ((Number) ((Map<?, ?>) rollup.get("totals")).get("models")).longValue();
    }

    private static long queuedPack(Sql sql, String period) throws Exception {
        return sql.number("""
                INSERT INTO pack (province_id, unit_id, campaign_id, period_id, kind, requested_by, requested_at,
                                  status, progress, attempts)
                SELECT c.province_id, u.id, c.id, p.id, CASE WHEN p.code LIKE '%%-H1' THEN 'so-ket-6-thang'
                       ELSE 'tong-ket-nam' END, a.id, now() - interval '1 minute', 'queued', 0, 0
                  FROM campaign c
                  JOIN unit u ON u.province_id = c.province_id AND u.id = c.issuer_unit_id AND u.code = '10'
                  JOIN campaign_period p ON p.province_id = c.province_id AND p.campaign_id = c.id
                                        AND p.code = '%s'
                  JOIN app_user a ON a.username = 'tinh'
                 LIMIT 1
                RETURNING id
                """.formatted(period));
    }

    private static String inList(List<Long> ids) {
        return ids.toString().replace('[', '(').replace(']', ')');
    }

    /** One service instance: its own context, HTTP server and client, on the shared database. */
    private record Instance(
            ApplicationContext context, EmbeddedServer server, HttpClient http, BlockingHttpClient client)
            implements AutoCloseable {

        static Instance start(Map<String, Object> properties) {
            ApplicationContext context = ApplicationContext.builder()
                    .environments("test")
                    .properties(properties)
                    .start();
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            HttpClient http = context.createBean(HttpClient.class, server.getURL());
            return new Instance(context, server, http, http.toBlocking());
        }

        @Override
        public void close() {
            http.close();
            server.close();
            context.close();
        }
    }
}
