package dvk.ingest;

import dvk.support.Api;
import dvk.support.Sql;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/** The test corpus and the upload calls the tests make. */
final class IngestFiles {

    private IngestFiles() {}

    static byte[] corpus(String name) {
        try (InputStream in = IngestFiles.class.getResourceAsStream("/ingest/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpResponse<Map> csv(Api api, long campaign, String kind, String query, byte[] body) {
        return api.send(
                HttpRequest.POST("/api/campaigns/" + campaign + "/batches/" + kind + query, body)
                        .contentType("text/csv"),
                Map.class);
    }

    static HttpResponse<Map> file(Api api, long campaign, String kind, String query, String name, byte[] body) {
        MultipartBody multipart = MultipartBody.builder()
                .addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, body)
                .build();
        return api.send(
                HttpRequest.POST("/api/campaigns/" + campaign + "/batches/" + kind + query, multipart)
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE),
                Map.class);
    }

    static String text(Sql sql, String query) throws SQLException {
        try (Connection c = sql.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static int number(HttpResponse<Map> response, String key) {
        return ((Number) response.body().get(key)).intValue();
    }

    /** "row:code" of each error, in the order reported. */
    @SuppressWarnings("unchecked")
    static List<String> errors(HttpResponse<?> response) {
        List<Map<String, Object>> errors =
                (List<Map<String, Object>>) Api.errorBody(response).get("errors");
        return errors.stream().map(e -> e.get("row") + ":" + e.get("code")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> errorList(HttpResponse<?> response) {
        return (List<Map<String, Object>>) Api.errorBody(response).get("errors");
    }

    static long campaignIssuedBy(Api api, String issuerCode) {
        for (Object c : (List<?>) api.getAny("/api/campaigns").body()) {
            Map<?, ?> campaign = (Map<?, ?>) c;
            if (issuerCode.equals(campaign.get("issuerCode"))) {
                return ((Number) campaign.get("id")).longValue();
            }
        }
        throw new IllegalStateException("No campaign issued by " + issuerCode);
    }
}
