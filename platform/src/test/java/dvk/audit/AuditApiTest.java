package dvk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The audit trail: what lands on it, in order, who reads it, and the edits that change nothing. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditApiTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    BlockingHttpClient client;
    long campaign;
    Sql sql;

    @BeforeAll
    void setUp() {
        client = http.toBlocking();
        sql = Sql.of(context);
        for (Object c :
                (List<?>) Api.as(client, "tinh").getAny("/api/campaigns").body()) {
            if (String.valueOf(((Map<?, ?>) c).get("name")).contains("2025–2026")) {
                campaign = ((Number) ((Map<?, ?>) c).get("id")).longValue();
            }
        }
    }

    @Test
    void everyStepOfTheCycleIsListedInOrderWithItsActorAndASiblingSeesNone() {
        // given a failed login, then a commune's upload, its report sent, approved and frozen
        assertThrows(
                HttpClientResponseException.class,
                () -> client.exchange(
                        HttpRequest.POST("/login", Map.of("username", "xa", "password", "wrong-password"))));
        Api xa = Api.as(client, "xa");
        Api tinh = Api.as(client, "tinh");
        long firstId = lastId(tinh);
        xa.post(
                "/api/campaigns/" + campaign + "/batches/registrations?period=2025",
                Map.of(
                        "ma_don_vi",
                        "02947",
                        "ten_tap_the_ca_nhan",
                        "Hội Phụ nữ xã",
                        "loai",
                        "Tập thể",
                        "ten_mo_hinh",
                        "Góc bếp yêu thương",
                        "fields",
                        List.of("VHXH")));
        xa.post("/api/campaigns/" + campaign + "/reports/2025/registrations/02947", Map.of("action", "submit"));
        tinh.post("/api/campaigns/" + campaign + "/reports/2025/registrations/02947", Map.of("action", "approve"));
        assertEquals(
                HttpStatus.CREATED,
                tinh.post("/api/snapshots", Map.of("campaignId", campaign, "period", "2025", "unitCode", "02947"))
                        .getStatus());

        // when the province and the sibling commune read the trail
        List<Map<?, ?>> seen = entries(tinh.get("/api/audit?unit=02947")).stream()
                .filter(e -> ((Number) e.get("id")).longValue() > firstId)
                .toList();
        List<Map<?, ?>> sibling = entries(Api.as(client, "xa2").get("/api/audit"));

        // then
        assertEquals(
                List.of("batch.store xa", "report.submit xa", "report.approve tinh", "snapshot.take tinh"),
                seen.stream().map(e -> e.get("action") + " " + e.get("actor")).toList());
        assertEquals("submitted", ((Map<?, ?>) seen.get(2).get("details")).get("from"));
        List<Map<?, ?>> logins = entries(tinh.get("/api/audit?action=login&actor=xa"));
        assertTrue(
                logins.stream().anyMatch(e -> "login.failure".equals(e.get("action")) && e.get("address") != null),
                String.valueOf(logins));
        assertTrue(logins.stream().anyMatch(e -> "login.success".equals(e.get("action"))));
        assertTrue(sibling.stream().noneMatch(e -> "02947".equals(e.get("unitCode"))), String.valueOf(sibling));
        assertTrue(sibling.stream().noneMatch(e -> "xa".equals(e.get("actor"))), String.valueOf(sibling));
        HttpResponse<Map> outside = Api.as(client, "xa2").get("/api/audit?unit=02947");
        HttpResponse<Map> unknown = Api.as(client, "xa2").get("/api/audit?unit=99999");
        assertEquals(HttpStatus.NOT_FOUND, outside.getStatus());
        assertEquals(Api.errorBody(unknown).get("type"), Api.errorBody(outside).get("type"));
    }

    @Test
    void savingAnUnchangedCampaignOrRecordWritesNoVersionAndNoEntry() throws SQLException {
        Api tinh = Api.as(client, "tinh");
        Map<String, Object> document =
                new HashMap<>(tinh.get("/api/campaigns/" + campaign).body());
        int version = ((Number) document.get("version")).intValue();
        long before = lastId(tinh);

        HttpResponse<Map> unchanged = tinh.put("/api/campaigns/" + campaign, document);

        assertEquals(HttpStatus.OK, unchanged.getStatus(), String.valueOf(unchanged.getBody(Map.class)));
        assertEquals(version, ((Number) unchanged.body().get("version")).intValue());
        assertEquals(before, lastId(tinh));

        document.put("name", document.get("name") + " (sửa)");
        HttpResponse<Map> renamed = tinh.put("/api/campaigns/" + campaign, document);
        assertEquals(version + 1, ((Number) renamed.body().get("version")).intValue());
        Map<?, ?> edit = entries(tinh.get("/api/audit?action=campaign.update")).get(0);
        assertEquals(List.of("name"), ((Map<?, ?>) edit.get("details")).get("changed"));

        // a single record sent twice: one version, one entry
        Api xa = Api.as(client, "xa");
        Map<String, Object> record = Map.of(
                "ma_don_vi",
                "02947",
                "ten_tap_the_ca_nhan",
                "Hội Nông dân xã",
                "loai",
                "Tập thể",
                "ten_mo_hinh",
                "Cánh đồng mẫu",
                "fields",
                List.of("KT"));
        xa.post("/api/campaigns/" + campaign + "/batches/registrations?period=2026", record);
        long afterFirst = lastId(tinh);
        long versions = sql.number("SELECT count(*) FROM model_version");
        HttpResponse<Map> again = xa.post("/api/campaigns/" + campaign + "/batches/registrations?period=2026", record);
        assertEquals(1, ((Number) again.body().get("unchanged")).intValue(), String.valueOf(again.body()));
        assertEquals(versions, sql.number("SELECT count(*) FROM model_version"));
        assertEquals(afterFirst, lastId(tinh));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> entries(HttpResponse<Map> response) {
        assertEquals(HttpStatus.OK, response.getStatus(), String.valueOf(response.getBody(Map.class)));
        return (List<Map<?, ?>>) response.body().get("entries");
    }

    /** The newest entry the reader sees (the trail lists oldest first, 100 a page). */
    private static long lastId(Api api) {
        Map<?, ?> first = api.get("/api/audit").body();
        long total = ((Number) first.get("total")).longValue();
        int lastPage = (int) Math.max(1, (total + AuditTrail.PAGE_SIZE - 1) / AuditTrail.PAGE_SIZE);
        List<Map<?, ?>> last = entries(api.get("/api/audit?page=" + lastPage));
        return last.isEmpty() ? 0 : ((Number) last.get(last.size() - 1).get("id")).longValue();
    }
}
