package dvk.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.ingest.BatchReport;
import dvk.packs.PackStatus;
import dvk.snapshots.SnapshotView;
import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Walks every {@code /api} route the application has, including ones added after this test was written,
 * and proves that a user of Huyện Bắc Hà learns nothing about the sibling Huyện Bảo Yên through it: each
 * request aimed at Bảo Yên's data answers 404 (or a validation error that names nothing of Bảo Yên), and no
 * successful answer mentions Bảo Yên or its communes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiblingIsolationTest implements DatabaseTest {

    /** Names and codes that only someone who can read Bảo Yên could see. */
    private static final List<String> BAO_YEN_MARKERS =
            List.of("Bảo Yên", "Phố Ràng", "\"087\"", "\"02947\"", "5 không");

    private static final Set<Integer> NOTHING_REVEALED = Set.of(400, 404, 405, 415, 422);
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/?]+)}");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @Inject
    ApplicationContext context;

    BlockingHttpClient client;
    Map<String, String> baoYenIds;

    @BeforeAll
    void findBaoYenData() throws SQLException {
        client = http.toBlocking();
        Sql sql = Sql.of(context);
        long campaign =
                sql.number("SELECT c.id FROM campaign c JOIN unit u ON u.id = c.issuer_unit_id WHERE u.code = '087'");
        // one registration of Bảo Yên, so the batch and model routes are checked against real data
        Api huyen = Api.as(client, "huyen");
        HttpResponse<BatchReport> batch = huyen.send(
                HttpRequest.POST(
                        "/api/campaigns/" + campaign + "/batches/registrations?period=2024-D1",
                        Map.of(
                                "ma_don_vi",
                                "02947",
                                "ten_tap_the_ca_nhan",
                                "Chi bộ Tổ dân phố 1",
                                "loai",
                                "Tập thể",
                                "ten_mo_hinh",
                                "Phố Ràng xanh",
                                "fields",
                                List.of("K3"))),
                BatchReport.class);
        assertEquals(201, batch.code(), "the setup batch must be stored: " + batch.getBody(Map.class));
        BatchReport stored = batch.body();
        assertEquals(1, stored.inserted(), "setup batch " + stored);
        long batchId = stored.batchId();
        long modelId = sql.number("SELECT m.id FROM model m JOIN unit u ON u.id = m.unit_id"
                + " WHERE u.code = '02947' AND m.batch_id = " + batchId);
        HttpResponse<PackStatus> pack = huyen.send(
                HttpRequest.POST(
                        "/api/packs",
                        Map.of("unitCode", "087", "campaignId", campaign, "period", "2024", "kind", "tong-ket-nam")),
                PackStatus.class);
        assertEquals(202, pack.code(), "the setup pack must be queued: " + pack.getBody(Map.class));
        // a report sent and a freeze taken, so the reporting-cycle routes are checked against real data too
        HttpResponse<Map> sent = huyen.post(
                "/api/campaigns/" + campaign + "/reports/2024-D1/registrations/02947", Map.of("action", "submit"));
        assertEquals(200, sent.code(), "the setup report must be sent: " + sent.getBody(Map.class));
        HttpResponse<SnapshotView> snapshot = Api.as(client, "admin")
                .send(
                        HttpRequest.POST(
                                "/api/snapshots", Map.of("campaignId", campaign, "period", "2024", "unitCode", "087")),
                        SnapshotView.class);
        assertEquals(201, snapshot.code(), "the setup freeze must be taken: " + snapshot.getBody(Map.class));
        assertEquals("087", snapshot.body().unitCode(), "the freeze is Bảo Yên's");
        // a quota of Bảo Yên's campaign and a proposal within it, so the commendation routes are checked too
        sql.execute(
                "INSERT INTO campaign_quota (province_id, campaign_id, position, review, period_code, awarding_body,"
                        + " registrant_type, count) SELECT province_id, id, 1, 'Tổng kết năm 2024', '2024', 'UBND huyện',"
                        + " 'collective', 3 FROM campaign WHERE id = " + campaign);
        HttpResponse<Map> commendation =
                Api.as(client, "huyen").get("/api/campaigns/" + campaign + "/commendation?period=2024");
        assertEquals(200, commendation.code(), "the setup commendation page: " + commendation.getBody(Map.class));
        long quotaId =
                ((Number) ((Map<?, ?>) ((List<?>) commendation.body().get("quotas")).get(0)).get("id")).longValue();
        long proposalId = sql.number("INSERT INTO commendation_proposal (province_id, quota_id, campaign_id, period_id,"
                + " unit_id, model_id, reason, proposed_by, proposed_at) SELECT q.province_id, q.id, q.campaign_id,"
                + " q.period_id, c.issuer_unit_id, " + modelId + ", 'Tiêu biểu', (SELECT id FROM app_user"
                + " WHERE username = 'huyen'), now() FROM commendation_quota q JOIN campaign c ON c.id = q.campaign_id"
                + " WHERE q.id = " + quotaId + " RETURNING id");
        baoYenIds = Map.ofEntries(
                Map.entry("quotaId", String.valueOf(quotaId)),
                Map.entry("proposalId", String.valueOf(proposalId)),
                Map.entry("snapshots", String.valueOf(snapshot.body().id())),
                Map.entry("period", "2024"),
                Map.entry("packs", String.valueOf(pack.body().id())),
                Map.entry("batchId", String.valueOf(batchId)),
                Map.entry("models", String.valueOf(modelId)),
                Map.entry("code", "087"),
                Map.entry("unitCode", "087"),
                Map.entry("campaign", String.valueOf(campaign)),
                Map.entry("kind", "registrations"),
                Map.entry("username", "huyen"),
                Map.entry("format", "csv"));
    }

    @Test
    void everyApiRouteHidesBaoYenFromBacHa() {
        Api bacHa = Api.as(client, "huyen2");
        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            String template = route.getUriMatchTemplate().toString();
            if (!template.startsWith("/api/")) {
                continue;
            }
            String uri = expand(template) + "?on=2024-06-01&level=commune&campaign=" + baoYenIds.get("campaign")
                    + "&period=2024&unit=087&unitCode=087&table=children&format=csv";
            HttpResponse<String> response = bacHa.send(request(route.getHttpMethod(), uri), String.class);
            String body = response.getBody(String.class).orElse("");
            int status = response.code();
            checked++;
            boolean quiet = NOTHING_REVEALED.contains(status) || (status >= 200 && status < 300);
            if (!quiet || BAO_YEN_MARKERS.stream().anyMatch(body::contains)) {
                leaks.add(route.getHttpMethod() + " " + uri + " -> " + status + " " + abbreviate(body));
            }
        }
        assertTrue(checked >= 8, "expected to walk the API, walked " + checked + " routes");
        assertTrue(leaks.isEmpty(), "Bảo Yên leaks to Bắc Hà through:\n" + String.join("\n", leaks));
    }

    /**
     * The walk above proves something only if the same requests do reach Bảo Yên's data for its own district:
     * every GET route that names one of Bảo Yên's resources answers {@code huyen}, and the core ones show Bảo Yên.
     */
    @Test
    void theSameRoutesDoShowBaoYenToItsOwnDistrict() {
        Api own = Api.as(client, "huyen");
        Set<String> shown = new TreeSet<>();
        List<String> hidden = new ArrayList<>();
        Set<String> templates = new TreeSet<>();
        for (UriRouteInfo<?, ?> route : router.uriRoutes().toList()) {
            String template = route.getUriMatchTemplate().toString();
            if (template.startsWith("/api/") && route.getHttpMethod() == HttpMethod.GET && template.contains("{")) {
                templates.add(template);
            }
        }
        for (String template : templates) {
            String uri = expand(template) + "?on=2024-06-01&campaign=" + baoYenIds.get("campaign")
                    + "&period=2024&unit=087&unitCode=087&table=children&format=csv";
            HttpResponse<String> response = own.send(HttpRequest.GET(uri), String.class);
            String body = response.getBody(String.class).orElse("");
            if (response.code() == 200 && BAO_YEN_MARKERS.stream().anyMatch(body::contains)) {
                shown.add(template);
            }
            // reached: an answer, or the pack that exists but is still being made
            if (response.code() / 100 != 2 && response.code() != 409) {
                hidden.add(template + " -> " + response.code() + " " + abbreviate(body));
            }
        }
        assertTrue(
                shown.containsAll(List.of(
                        "/api/units/{code}",
                        "/api/campaigns/{id}",
                        "/api/rollups/{unitCode}",
                        "/api/models/{id}/history",
                        "/api/packs/{id}",
                        "/api/campaigns/{id}/commendation")),
                "core routes must show Bảo Yên to huyen: " + shown);
        assertTrue(hidden.isEmpty(), "GET routes that refuse Bảo Yên's own district:\n" + String.join("\n", hidden));
    }

    /** Fills each path variable with an identifier of Bảo Yên's data; an unknown variable fails the test. */
    private String expand(String template) {
        Matcher matcher = VARIABLE.matcher(template);
        StringBuilder uri = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).replaceAll("[:*].*", "");
            String value = "id".equals(name) ? idFor(template, matcher.start()) : baoYenIds.get(name);
            if ("batch".equals(name)) {
                // one variable, two meanings: the digits-only GET reads a batch, the POST names the form kind
                value = matcher.group(1).contains(":") ? baoYenIds.get("batchId") : baoYenIds.get("kind");
            }
            if (value == null) {
                throw new AssertionError("No Bảo Yên value for {" + name + "} in " + template
                        + ": add one to SiblingIsolationTest so the new route is checked");
            }
            matcher.appendReplacement(uri, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(uri);
        return uri.toString().replaceAll("\\{\\?[^}]*}", "");
    }

    /** {@code {id}} means the resource named just before it in the path. */
    private String idFor(String template, int position) {
        String before = template.substring(0, position);
        if (before.endsWith("/campaigns/")) {
            return baoYenIds.get("campaign");
        }
        String named = baoYenIds.get(before.replaceAll(".*/([a-z]+)/$", "$1"));
        if (named == null) {
            throw new AssertionError("No Bảo Yên id for " + template + ": add one to SiblingIsolationTest");
        }
        return named;
    }

    private static MutableHttpRequest<?> request(HttpMethod method, String uri) {
        Map<String, Object> body = Map.of(
                "issuerCode",
                "087",
                "unitCode",
                "087",
                "campaignId",
                0,
                "username",
                "x",
                "password",
                "xxxxxxxxxx",
                "role",
                "viewer");
        return switch (method) {
            case POST -> HttpRequest.POST(uri, body);
            case PUT -> HttpRequest.PUT(uri, body);
            case DELETE -> HttpRequest.DELETE(uri);
            case PATCH -> HttpRequest.PATCH(uri, body);
            default -> HttpRequest.create(method, uri);
        };
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
