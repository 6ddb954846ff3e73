package dvk.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Map;

/**
 * A small client for tests: logs in as a demo user and returns responses whatever their status,
 * so a test asserts the status and body instead of catching exceptions.
 */
public final class Api {

    public static final String DEMO_PASSWORD = "dvk-demo";

    private final BlockingHttpClient client;
    private final String token;

    private Api(BlockingHttpClient client, String token) {
        this.client = client;
        this.token = token;
    }

    public static Api as(BlockingHttpClient client, String username) {
        HttpResponse<Map> login = client.exchange(
                HttpRequest.POST("/login", Map.of("username", username, "password", DEMO_PASSWORD)), Map.class);
        return new Api(client, (String) login.body().get("access_token"));
    }

    /** A client holding a token got some other way, e.g. one kept from before a logout. */
    public static Api withToken(BlockingHttpClient client, String token) {
        return new Api(client, token);
    }

    public static Api anonymous(BlockingHttpClient client) {
        return new Api(client, null);
    }

    public <T> HttpResponse<T> send(MutableHttpRequest<?> request, Class<T> type) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            return client.exchange(request, Argument.of(type), Argument.of(Map.class));
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<T> response = (HttpResponse<T>) e.getResponse();
            return response;
        }
    }

    public HttpResponse<Map> get(String uri) {
        return send(HttpRequest.GET(uri), Map.class);
    }

    public HttpResponse<Object> getAny(String uri) {
        return send(HttpRequest.GET(uri), Object.class);
    }

    public HttpResponse<Map> post(String uri, Object body) {
        return send(HttpRequest.POST(uri, body), Map.class);
    }

    public HttpResponse<Map> put(String uri, Object body) {
        return send(HttpRequest.PUT(uri, body), Map.class);
    }

    /** The problem document or JSON body of an error response. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> errorBody(HttpResponse<?> response) {
        return response.getBody(Map.class).orElseThrow();
    }

    public String token() {
        return token;
    }
}
