package dvk.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.database.EmbeddedDatabase;
import dvk.support.Api;
import dvk.support.DatabaseTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service on its own embedded PostgreSQL, whose postmaster is killed: {@code /health} and the API answer
 * 503 with {@code Retry-After} at once while the supervisor starts it again, and the service works afterwards
 * without being restarted.
 */
class DatabaseRestartTest {

    @Test
    void aKilledDatabaseIsA503WithRetryAfterAndThenServesAgain(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("postgres");
        // durable as in the service: with fsync and synchronous commit off, a killed postmaster takes the last commits
        try (EmbeddedDatabase database = EmbeddedDatabase.start(folder, true)) {
            Map<String, Object> properties = new HashMap<>(new DatabaseTest() {}.getProperties());
            properties.put("datasources.default.url", database.jdbcUrl(EmbeddedDatabase.DATABASE));
            properties.put("datasources.default.username", EmbeddedDatabase.USER);
            try (ApplicationContext context = ApplicationContext.builder()
                            .environments("test")
                            .properties(properties)
                            .singletons(database)
                            .start();
                    EmbeddedServer server =
                            context.getBean(EmbeddedServer.class).start();
                    HttpClient http = context.createBean(HttpClient.class, server.getURL())) {
                BlockingHttpClient client = http.toBlocking();
                assertEquals(200, send(client, "/health").code(), "up before the kill");
                database.supervise(Duration.ofMillis(200));

                // A request begun in the instant before the supervisor notices waits for the pool as it always
                // did; from the moment it knows, answers are immediate. A restart can also be quicker than the
                // polling (and a killed postmaster may linger as a zombie), so the kill is repeated, at most three
                // times, until a request lands in the window the supervisor marks as down.
                long slowest = 0;
                boolean healthDown = false;
                boolean apiDown = false;
                for (int kill = 0; kill < 3 && !(healthDown && apiDown); kill++) {
                    int restarted = database.restarts();
                    long pid = Long.parseLong(
                            Files.readAllLines(folder.resolve("postmaster.pid"), StandardCharsets.US_ASCII)
                                    .get(0)
                                    .trim());
                    ProcessHandle.of(pid).orElseThrow().destroyForcibly();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (database.restarts() == restarted && System.nanoTime() < deadline) {
                        if (database.down()) {
                            long started = System.nanoTime();
                            HttpResponse<String> answer = send(client, "/health");
                            if (answer.code() == 503) {
                                slowest = Math.max(slowest, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                                healthDown = true;
                                assertEquals(
                                        "5",
                                        answer.getHeaders().get(HttpHeaders.RETRY_AFTER),
                                        "Retry-After on /health");
                            }
                            HttpResponse<String> api = send(client, "/api/campaigns");
                            if (api.code() == 503) {
                                apiDown = true;
                                assertTrue(api.getBody(String.class).orElse("").contains("message_vi"), "a problem");
                                assertEquals(
                                        "5", api.getHeaders().get(HttpHeaders.RETRY_AFTER), "Retry-After on the API");
                            }
                        }
                        Thread.sleep(5);
                    }
                    assertEquals(restarted + 1, database.restarts(), "the supervisor started it again within a minute");
                }
                int health = 0;
                long up = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (health != 200 && System.nanoTime() < up) {
                    health = send(client, "/health").code();
                    Thread.sleep(50);
                }
                System.out.println("a killed database: /health answered 503 within " + slowest + " ms at worst");
                assertTrue(healthDown, "/health said 503 while the database was down");
                assertTrue(apiDown, "the API said 503 while the database was down");
                assertTrue(slowest < 2000, "503 at once, not after the pool's timeout: " + slowest + " ms");
                assertEquals(200, health, "up again within a minute");
                Api tinh = Api.as(client, "tinh");
                assertEquals(200, tinh.get("/api/units/15").code(), "logins and reads work on the restarted database");
            }
        }
    }

    private static HttpResponse<String> send(BlockingHttpClient client, String path) {
        return Api.anonymous(client).send(HttpRequest.GET(path), String.class);
    }
}
