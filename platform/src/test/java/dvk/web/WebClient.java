package dvk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without a browser: keeps cookies, asks for HTML, does not follow redirects, reads CSRF tokens. */
final class WebClient {

    static final String PASSWORD = "dvk-demo";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    WebClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(10))
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Web tests start a real server; a random port keeps them clear of anything else on the machine. */
    static Map<String, String> randomPort(Map<String, String> properties) {
        Map<String, String> all = new java.util.HashMap<>(properties);
        all.put("micronaut.server.port", "-1");
        return all;
    }

    static WebClient loggedIn(URI base, String username) {
        WebClient client = new WebClient(base);
        String token = client.csrfFrom(client.get("/dang-nhap").body());
        HttpResponse<String> login = client.postForm(
                "/dang-nhap", Map.of("username", username, "password", PASSWORD, "_csrf", token, "next", "/"));
        if (login.statusCode() != 303) {
            throw new IllegalStateException("login failed: " + login.statusCode());
        }
        return client;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    /** A link followed as a browser does: it accepts anything, so file downloads are not refused. */
    HttpResponse<String> download(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .GET()
                .build());
    }

    HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "application/json")
                .GET()
                .build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) {
        return postForm(path, form, Map.of());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, Map<String, String> headers) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    /** A multipart form as the upload page's script sends it: fields, one file, the CSRF token in a header. */
    HttpResponse<String> postMultipart(
            String path, Map<String, String> fields, String fileName, byte[] file, String csrfToken) {
        String boundary = "dvk" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (csrfToken != null) {
            request.header("X-CSRF-Token", csrfToken);
        }
        return send(request.build());
    }

    String csrfFrom(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    /** A token for this client's CSRF cookie, read from any page. */
    String csrf() {
        return csrfFrom(get("/dang-nhap").body());
    }

    Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpRequest timed = HttpRequest.newBuilder(request, (name, value) -> true)
                    .timeout(java.time.Duration.ofSeconds(30))
                    .build();
            return http.send(timed, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
