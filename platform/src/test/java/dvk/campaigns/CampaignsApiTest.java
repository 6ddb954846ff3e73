package dvk.campaigns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignsApiTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    BlockingHttpClient client;
    long provinceCampaign;
    long districtCampaign;

    @BeforeAll
    void findDemoCampaigns() {
        client = http.toBlocking();
        for (Object c :
                (List<?>) Api.as(client, "admin").getAny("/api/campaigns").body()) {
            Map<?, ?> campaign = (Map<?, ?>) c;
            long id = ((Number) campaign.get("id")).longValue();
            if ("10".equals(campaign.get("issuerCode"))) {
                provinceCampaign = id;
            } else if ("087".equals(campaign.get("issuerCode"))) {
                districtCampaign = id;
            }
        }
    }

    @Test
    void provinceManagerReadsTheStageCampaignWithSeedFieldsPeriodsAndQuotas() {
        Map<?, ?> campaign =
                Api.as(client, "tinh").get("/api/campaigns/" + provinceCampaign).body();

        assertEquals(
                List.of(
                        "Giải phóng mặt bằng",
                        "Kinh tế",
                        "Chỉnh trang đô thị",
                        "Bảo vệ môi trường",
                        "Văn hóa xã hội",
                        "An ninh quốc phòng",
                        "Xây dựng hệ thống chính trị"),
                ((List<?>) campaign.get("fields"))
                        .stream().map(f -> ((Map<?, ?>) f).get("name")).toList());
        Map<?, ?> half = period(campaign, "2023-H1");
        assertEquals("2022-12-15", half.get("firstDay"));
        assertEquals("2023-06-14", half.get("lastDay"));
        Map<?, ?> year = period(campaign, "2023");
        assertEquals("2022-12-15", year.get("firstDay"));
        assertEquals("2023-12-14", year.get("lastDay"));
        assertEquals("2023-02-20", year.get("dueRegistration"));
        assertEquals(
                List.of(15, 20, 15, 25, 25, 30, 20, 25),
                ((List<?>) campaign.get("quotas"))
                        .stream()
                                .map(q -> ((Number) ((Map<?, ?>) q).get("count")).intValue())
                                .toList());
    }

    @Test
    void communeInTheSubtreeReadsBothCampaignsAndASiblingDistrictReadsOnlyTheProvincesCampaign() {
        assertEquals(
                HttpStatus.OK,
                Api.as(client, "xa").get("/api/campaigns/" + districtCampaign).getStatus());
        assertEquals(
                HttpStatus.OK,
                Api.as(client, "xa").get("/api/campaigns/" + provinceCampaign).getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                Api.as(client, "huyen2")
                        .get("/api/campaigns/" + districtCampaign)
                        .getStatus());
        assertEquals(
                HttpStatus.OK,
                Api.as(client, "huyen2")
                        .get("/api/campaigns/" + provinceCampaign)
                        .getStatus());
    }

    @Test
    void submitterCannotEditTheirOwnDistrictsCampaign() {
        Api huyen = Api.as(client, "huyen");
        Map<?, ?> campaign = huyen.get("/api/campaigns/" + districtCampaign).body();

        HttpResponse<Map> response = huyen.put("/api/campaigns/" + districtCampaign, campaign);

        assertEquals(HttpStatus.NOT_FOUND, response.getStatus());
    }

    @Test
    void campaignPostedFromWhatGetReturnedRoundTripsEqual() {
        Api tinh = Api.as(client, "tinh");
        Map<String, Object> original =
                new HashMap<>(tinh.get("/api/campaigns/" + provinceCampaign).body());

        HttpResponse<Map> created = tinh.post("/api/campaigns", original);

        assertEquals(HttpStatus.CREATED, created.getStatus());
        Map<String, Object> copy = new HashMap<>(
                tinh.get("/api/campaigns/" + created.body().get("id")).body());
        original.remove("id");
        copy.remove("id");
        assertEquals(original, copy);
    }

    @Test
    void removingAFieldUsedByARegistrationIsRefusedAndTheRegistrationIsUnchanged() throws SQLException {
        Api tinh = Api.as(client, "tinh");
        Map<String, Object> campaign = new HashMap<>(tinh.post(
                        "/api/campaigns",
                        tinh.get("/api/campaigns/" + provinceCampaign).body())
                .body());
        long id = ((Number) campaign.get("id")).longValue();
        long modelId = registerModelUsingField(id, "ANQP");
        List<Object> fields = new ArrayList<>((List<?>) campaign.get("fields"));
        fields.removeIf(f -> "ANQP".equals(((Map<?, ?>) f).get("code")));
        campaign.put("fields", fields);

        HttpResponse<Map> refused = tinh.put("/api/campaigns/" + id, campaign);

        assertEquals(HttpStatus.CONFLICT, refused.getStatus());
        assertEquals("urn:dvk:problem:field-in-use", Api.errorBody(refused).get("type"));
        assertTrue(((String) Api.errorBody(refused).get("message_vi")).contains("ANQP"));
        assertEquals(7, ((List<?>) tinh.get("/api/campaigns/" + id).body().get("fields")).size());
        assertEquals(1, fieldCountOf(modelId));
    }

    @Test
    void renamingAFieldAndMovingACutOffDayAreAllowed() {
        Api tinh = Api.as(client, "tinh");
        Map<String, Object> campaign = new HashMap<>(tinh.post(
                        "/api/campaigns",
                        tinh.get("/api/campaigns/" + provinceCampaign).body())
                .body());
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Object f : (List<?>) campaign.get("fields")) {
            Map<String, Object> field = new HashMap<>((Map<String, Object>) f);
            if ("KT".equals(field.get("code"))) {
                field.put("name", "Phát triển kinh tế");
            }
            fields.add(field);
        }
        campaign.put("fields", fields);

        HttpResponse<Map> saved = tinh.put("/api/campaigns/" + campaign.get("id"), campaign);

        assertEquals(HttpStatus.OK, saved.getStatus());
        assertEquals("Phát triển kinh tế", ((Map<?, ?>) ((List<?>) saved.body().get("fields")).get(1)).get("name"));
    }

    @Test
    void invalidCampaignReportsEveryProblemWithItsJsonPath() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("issuerCode", "10");
        bad.put("name", "");
        bad.put("firstYear", 2024);
        bad.put("lastYear", 2023);
        bad.put("fields", List.of());
        bad.put(
                "quotas",
                List.of(Map.of(
                        "review",
                        "Tổng kết",
                        "periodCode",
                        "2023",
                        "awardingBody",
                        "UBND",
                        "registrantType",
                        "collective",
                        "count",
                        -1)));
        bad.put(
                "periods",
                List.of(
                        Map.of(
                                "code",
                                "B",
                                "kind",
                                "half",
                                "name",
                                "B",
                                "firstDay",
                                "2024-01-01",
                                "lastDay",
                                "2023-12-01"),
                        Map.of(
                                "code",
                                "A",
                                "kind",
                                "half",
                                "name",
                                "A",
                                "firstDay",
                                "2023-01-01",
                                "lastDay",
                                "2023-06-01")));

        HttpResponse<Map> response = Api.as(client, "tinh").post("/api/campaigns", bad);

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, response.getStatus());
        List<?> paths = ((List<?>) Api.errorBody(response).get("errors"))
                .stream().map(e -> ((Map<?, ?>) e).get("path")).toList();
        assertTrue(
                paths.containsAll(List.of(
                        "$.name",
                        "$.lastYear",
                        "$.fields",
                        "$.periods[0].lastDay",
                        "$.periods[1].firstDay",
                        "$.quotas[0].count",
                        "$.quotas[0].periodCode")),
                paths.toString());
    }

    private static Map<?, ?> period(Map<?, ?> campaign, String code) {
        return ((List<?>) campaign.get("periods"))
                .stream()
                        .map(p -> (Map<?, ?>) p)
                        .filter(p -> code.equals(p.get("code")))
                        .findFirst()
                        .orElseThrow();
    }

    private long registerModelUsingField(long campaignId, String fieldCode) throws SQLException {
        Sql sql = Sql.of(context);
        sql.execute("""
                    WITH cam AS (SELECT province_id, id, issuer_unit_id FROM campaign WHERE id = %d),
                    b AS (INSERT INTO batch (province_id, campaign_id, kind, user_id, unit_id, source)
                          SELECT cam.province_id, cam.id, 'registrations', (SELECT id FROM app_user WHERE username = 'tinh'),
                                 cam.issuer_unit_id, 'json' FROM cam RETURNING province_id, id)
                    INSERT INTO model (province_id, campaign_id, unit_id, period_id, code, registrant_type, registrant_name,
                        registrant_key, model_name, model_key, field_ids, batch_id, received_at)
                    SELECT cam.province_id, cam.id, cam.issuer_unit_id,
                           (SELECT id FROM campaign_period WHERE campaign_id = cam.id AND code = '2023'),
                           'T1', 'collective', 'Chi bộ thôn 1', 'chi bo thon 1', 'Mô hình thử', 'mo hinh thu',
                           ARRAY[(SELECT id FROM campaign_field WHERE campaign_id = cam.id AND code = '%s')],
                           b.id, now()
                      FROM cam, b
                    """.formatted(campaignId, fieldCode));
        return sql.number("SELECT id FROM model WHERE campaign_id = " + campaignId);
    }

    private int fieldCountOf(long modelId) throws SQLException {
        return (int) Sql.of(context).number("SELECT cardinality(field_ids) FROM model WHERE id = " + modelId);
    }
}
