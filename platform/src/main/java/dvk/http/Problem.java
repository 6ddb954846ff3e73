package dvk.http;

import dvk.errors.DvkException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem document with DVK's two messages. Built as a map so that batch reports can add
 * members such as {@code errors} next to the standard ones.
 */
public final class Problem {

    public static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:dvk:problem:";

    private Problem() {}

    public static Map<String, Object> of(int status, String type, String messageVi, String messageEn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", messageEn);
        body.put("status", status);
        body.put("detail", messageVi);
        body.put("message_vi", messageVi);
        body.put("message_en", messageEn);
        return body;
    }

    public static Map<String, Object> of(int status, DvkException e) {
        Map<String, Object> body = of(status, e.code().type(), e.messageVi(), e.messageEn());
        body.putAll(e.details());
        return body;
    }
}
