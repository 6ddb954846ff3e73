package dvk.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service in a JVM of its own (the test classpath, {@code dvk.Application}), for what a test cannot do to
 * the JVM it runs in: time it from outside, or kill it. Talks to it over real HTTP.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration START = Duration.ofMinutes(5);

    private final Process process;
    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ServiceProcess(Process process, String base) {
        this.process = process;
        this.base = base;
    }

    /**
     * Starts the service with the demo users (not their submissions) and waits until {@code /health} answers.
     *
     * @param environment more variables, e.g. {@code DATASOURCES_DEFAULT_URL} for an external database
     * @param jvmOptions  e.g. {@code -Xmx512m}
     */
    public static ServiceProcess start(Path work, Map<String, String> environment, String... jvmOptions)
            throws IOException, InterruptedException {
        int port = freePort();
        String[] command = new String[jvmOptions.length + 4];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.arraycopy(jvmOptions, 0, command, 1, jvmOptions.length);
        command[jvmOptions.length + 1] = "-cp";
        command[jvmOptions.length + 2] = System.getProperty("java.class.path");
        command[jvmOptions.length + 3] = "dvk.Application";
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("service.log").toFile());
        builder.environment().put("DVK_DATA_DIR", work.resolve("data").toString());
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        builder.environment().put("DVK_DEMO", "true");
        builder.environment().put("DVK_DEMO_DATA", "false");
        builder.environment().putAll(environment);
        ServiceProcess service = new ServiceProcess(builder.start(), "http://localhost:" + port);
        service.waitUntilUp();
        return service;
    }

    /** Logs in as a demo user; returns the bearer token. */
    public String login(String username) throws IOException, InterruptedException {
        String body = send(post(
                        "/login",
                        null,
                        "application/json",
                        HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + username + "\",\"password\":\"" + Api.DEMO_PASSWORD + "\"}")))
                .body();
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("Login failed: " + body);
        }
        return token.group(1);
    }

    public HttpRequest post(String path, String token, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .timeout(Duration.ofMinutes(30))
                .POST(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    public HttpRequest put(String path, String token, String json) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(1))
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    public HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMinutes(1))
                .GET()
                .build();
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Creates a one-year campaign of the province with three fields; returns its id. */
    public long createCampaign(String token, String provinceCode, String name, int year)
            throws IOException, InterruptedException {
        String document = """
                {"issuerCode":"%s","name":"%s","firstYear":%d,"lastYear":%d,
                 "fields":[{"code":"KT","name":"Kinh tế"},{"code":"VHXH","name":"Văn hóa xã hội"},
                           {"code":"ANQP","name":"An ninh quốc phòng"}]}""".formatted(provinceCode, name, year, year);
        String body = send(post(
                        "/api/campaigns", token, "application/json", HttpRequest.BodyPublishers.ofString(document)))
                .body();
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("Could not create the campaign: " + body);
        }
        return Long.parseLong(id.group(1));
    }

    /** SIGKILL: no shutdown hook, no rollback from the service's side. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void waitUntilUp() throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service exited with " + process.exitValue());
            }
            try {
                if (http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("The service did not start within " + START);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
