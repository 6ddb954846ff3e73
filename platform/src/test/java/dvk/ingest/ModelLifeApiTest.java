package dvk.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A model's life on the demo's real units (docs/models.md): registered in 2023 by old Thị trấn Phố Ràng (02947 of
 * the 3-level structure) and continued in 2025 by today's Xã Bảo Yên (02947 since 1/7/2025, formed from it), its
 * years sustained derived across the merger and ranked by; possible duplicates across levels, merge and distinct.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelLifeApiTest implements DatabaseTest {

    private static final String REGISTRATIONS = "Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT,Ghi chú\n";
    private static final String RESULTS = "Mã mô hình,Hiệu quả,Số hộ,Số năm duy trì\n";

    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;
    Api admin;
    Api tinh;
    Api huyen;
    Api xa;
    Api xa2;
    long oldCampaign;
    long todaysCampaign;

    @BeforeAll
    void findTheDemoCampaigns() {
        client = http.toBlocking();
        admin = Api.as(client, "admin");
        tinh = Api.as(client, "tinh");
        huyen = Api.as(client, "huyen");
        xa = Api.as(client, "xa");
        xa2 = Api.as(client, "xa2");
        oldCampaign = campaign("10");
        todaysCampaign = campaign("15");
        HttpResponse<Map> created = admin.post(
                "/api/users?on=2024-06-01",
                Map.of(
                        "username", "xuan-thuong",
                        "password", Api.DEMO_PASSWORD,
                        "role", "submitter",
                        "unitCode", "02980"));
        assertEquals(HttpStatus.CREATED, created.getStatus(), String.valueOf(created.body()));
    }

    @Test
    void aModelOf2023ContinuedIn2025UnderTheMergedCommuneIsSustainedThreeYears() {
        // given: old Phố Ràng's model, reviewed in 2023 and 2024 (typed "years sustained" 0 throughout)
        String registrant = "Chi bộ Tổ dân phố 3 Phố Ràng";
        String name = "Dân vận khéo trong giữ gìn vệ sinh môi trường";
        String old = onlyModel(
                upload(
                        huyen,
                        oldCampaign,
                        "registrations",
                        "2023",
                        REGISTRATIONS + "02947," + registrant + ",Tập thể," + name + ",1,\n"),
                oldCampaign,
                "2023",
                "02947",
                name);
        assertEquals(
                201,
                upload(huyen, oldCampaign, "results", "2023", RESULTS + old + ",Cao,40,0\n")
                        .code());
        assertEquals(
                201,
                upload(huyen, oldCampaign, "results", "2024", RESULTS + old + ",Cao,45,0\n")
                        .code());
        // and today's Xã Bảo Yên continuing it in the 2025–2026 campaign
        String today = onlyModel(
                upload(
                        xa,
                        todaysCampaign,
                        "registrations",
                        "2025",
                        REGISTRATIONS + "02947," + registrant + ",Tập thể," + name + ",1,Tiếp tục từ năm 2023\n"),
                todaysCampaign,
                "2025",
                "02947",
                name);
        assertEquals(
                201,
                upload(xa, todaysCampaign, "results", "2025", RESULTS + today + ",Cao,50,0\n")
                        .code());

        // when
        Map<?, ?> life = life(xa.get("/api/models/" + today + "/history?campaign=" + todaysCampaign));

        // then: one life over 2023–2025, through the lineage
        assertEquals(List.of(2023, 2024, 2025), life.get("years"));
        assertEquals(3, life.get("yearsSustained"));
        assertEquals("recognised", life.get("state"));
        // first rated high in old Lào Cai's 2023, a life recognised before the merger
        assertEquals("2023", life.get("recognisedIn"));
        List<?> registrations = (List<?>) life.get("registrations");
        assertEquals(1, registrations.size(), String.valueOf(registrations));
        Map<?, ?> earlier = (Map<?, ?>) registrations.get(0);
        assertEquals(
                List.of(old, oldCampaign, "02947", "2023"),
                List.of(
                        earlier.get("code"),
                        ((Number) earlier.get("campaignId")).longValue(),
                        earlier.get("unitCode"),
                        earlier.get("registeredIn")));
        // and the commendation ranking reads the derived years: sustained >= 2 years, ranked first
        Map<?, ?> commendation = (Map<?, ?>) tinh.get("/api/rollups/15?campaign=" + todaysCampaign + "&period=2025")
                .body()
                .get("commendation");
        assertEquals(1, ((Number) commendation.get("sustainedCollective")).intValue(), String.valueOf(commendation));
        Map<?, ?> first = (Map<?, ?>) ((List<?>) commendation.get("collective")).get(0);
        assertEquals(List.of(today, 3), List.of(first.get("modelCode"), first.get("yearsSustained")));
    }

    @Test
    void aReplicationIsShownToWhoeverReadsBothModels() {
        String original = onlyModel(
                upload(
                        xa,
                        todaysCampaign,
                        "registrations",
                        "2025",
                        REGISTRATIONS + "02947,Hội Phụ nữ xã Bảo Yên,Tập thể,Tổ phụ nữ tiết kiệm,1,\n"),
                todaysCampaign,
                "2025",
                "02947",
                "Tổ phụ nữ tiết kiệm");
        String copy = onlyModel(
                upload(
                        xa2,
                        todaysCampaign,
                        "registrations",
                        "2025",
                        "Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT,Tình trạng,Nhân rộng từ mô hình\n"
                                + "02989,Hội Phụ nữ xã Bảo Hà,Tập thể,Tổ phụ nữ tiết kiệm,1,Nhân rộng," + original
                                + "\n"),
                todaysCampaign,
                "2025",
                "02989",
                "Tổ phụ nữ tiết kiệm");

        Map<?, ?> seenByTheProvince = life(tinh.get("/api/models/" + original + "/history?unit=02947"));
        Map<?, ?> seenByTheCommune = life(xa.get("/api/models/" + original + "/history?unit=02947"));
        Map<?, ?> copySeenByItsCommune = life(xa2.get("/api/models/" + copy + "/history?unit=02989"));

        assertEquals("replicated", seenByTheProvince.get("state"));
        assertEquals(List.of(copy), codes(seenByTheProvince.get("replicatedBy")));
        // Bảo Yên does not read Bảo Hà, nor Bảo Hà Bảo Yên: the code typed is all either learns
        assertEquals("registered", seenByTheCommune.get("state"));
        assertEquals(List.of(), seenByTheCommune.get("replicatedBy"));
        assertEquals(original, copySeenByItsCommune.get("replicatesCode"));
        assertEquals(List.of(), copySeenByItsCommune.get("replicates"));
        assertEquals(
                List.of(original),
                codes(life(tinh.get("/api/models/" + copy + "/history?unit=02989"))
                        .get("replicates")));
    }

    @Test
    void theDistrictsNearIdenticalRegistrationWarnsAndAMergeKeepsBothHistories() {
        // given: old Xã Xuân Thượng's own model of 2024, with a result
        Api commune = Api.as(client, "xuan-thuong");
        String registrant = "Chi bộ thôn Khuổi Phường";
        String existing = onlyModel(
                upload(
                        commune,
                        oldCampaign,
                        "registrations",
                        "2024",
                        REGISTRATIONS + "02980," + registrant
                                + ",Tập thể,Dân vận khéo trong xây dựng nông thôn mới,1,\n"),
                oldCampaign,
                "2024",
                "02980",
                "Dân vận khéo trong xây dựng nông thôn mới");
        assertEquals(
                201,
                upload(commune, oldCampaign, "results", "2024", RESULTS + existing + ",Khá,30,0\n")
                        .code());

        // when the district sends it again, for the commune and under its own name, and a sibling commune's alike
        Map<?, ?> batch = upload(
                        huyen,
                        oldCampaign,
                        "registrations",
                        "2024",
                        REGISTRATIONS
                                + "02980," + registrant + ",Tập thể,Dân vận khéo xây dựng nông thôn mới,1,\n"
                                + "087," + registrant + ",Tập thể,Dân vận khéo trong xây dựng nông thôn mới.,1,\n"
                                + "02986," + registrant + ",Tập thể,Dân vận khéo trong xây dựng nông thôn mới,1,\n")
                .body();

        // then every row is stored, and the two in Xuân Thượng's subtree name its model; the sibling's does not
        // (rows are the file's: the header is row 1)
        assertEquals(3, batch.get("inserted"), String.valueOf(batch));
        assertEquals(
                List.of(warning(2, existing, "02980"), warning(3, existing, "02980")),
                batch.get("warnings"),
                String.valueOf(batch));
        String districts = code(oldCampaign, "2024", "02980", "Dân vận khéo xây dựng nông thôn mới");
        String districtsOwn = code(oldCampaign, "2024", "087", "Dân vận khéo trong xây dựng nông thôn mới.");
        assertEquals(
                201,
                upload(huyen, oldCampaign, "results", "2024-H1", RESULTS + districts + ",Cao,12,0\n")
                        .code());

        // a submitter may not merge, nor may a model merge into itself or across campaigns
        assertEquals(HttpStatus.NOT_FOUND, merge(huyen, districts, existing).getStatus());
        HttpResponse<Map> self = merge(tinh, existing, existing);
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, self.getStatus());
        assertEquals("urn:dvk:problem:model-same", Api.errorBody(self).get("type"));
        assertTrue(String.valueOf(Api.errorBody(self).get("message_vi")).contains("chính nó"));
        assertTrue(String.valueOf(Api.errorBody(self).get("message_en")).contains("itself"));

        // when the province merges the district's copy into the commune's model
        HttpResponse<Map> merged = merge(tinh, districts, existing);

        // then the survivor holds both results and the merged model's history; the merged one points at it
        assertEquals(HttpStatus.OK, merged.getStatus(), String.valueOf(merged.body()));
        Map<?, ?> survivor = merged.body();
        assertEquals(existing, survivor.get("code"));
        assertEquals(
                List.of("2024", "2024-H1"),
                ((List<?>) survivor.get("results"))
                        .stream().map(r -> ((Map<?, ?>) r).get("period")).toList());
        List<?> mergedHistories = (List<?>) survivor.get("merged");
        assertEquals(1, mergedHistories.size());
        Map<?, ?> mergedHistory = (Map<?, ?>) mergedHistories.get(0);
        assertEquals(List.of(districts, true), List.of(mergedHistory.get("code"), mergedHistory.get("withdrawn")));
        assertEquals(
                "Dân vận khéo xây dựng nông thôn mới",
                ((Map<?, ?>) ((List<?>) mergedHistory.get("versions")).get(0)).get("modelName"));
        assertEquals(
                existing,
                ((Map<?, ?>) life(tinh.get("/api/models/" + districts + "/history?campaign=" + oldCampaign
                                        + "&unit=02980"))
                                .get("mergedInto"))
                        .get("code"));
        assertEquals(
                1, ((List<?>) tinh.get("/api/audit?action=model.merge").body().get("entries")).size());
        assertEquals(HttpStatus.CONFLICT, merge(tinh, districts, existing).getStatus());

        // and a pair marked distinct never warns again
        String changed = REGISTRATIONS + "087," + registrant + ",Tập thể,Dân vận khéo trong xây dựng nông thôn mới.,1,";
        // (the district's own model is above the sibling commune's too)
        String siblings = code(oldCampaign, "2024", "02986", "Dân vận khéo trong xây dựng nông thôn mới");
        assertEquals(
                List.of(warning(2, existing, "02980"), warning(2, siblings, "02986")),
                upload(huyen, oldCampaign, "registrations", "2024", changed + "sửa 1\n")
                        .body()
                        .get("warnings"));
        HttpResponse<Map> distinct = tinh.post(
                "/api/models/" + districtsOwn + "/distinct?campaign=" + oldCampaign, Map.of("from", existing));
        assertEquals(HttpStatus.OK, distinct.getStatus(), String.valueOf(distinct.body()));
        Map<?, ?> again = upload(huyen, oldCampaign, "registrations", "2024", changed + "sửa 2\n")
                .body();
        assertEquals(1, again.get("updated"), String.valueOf(again));
        assertEquals(List.of(warning(2, siblings, "02986")), again.get("warnings"));
    }

    @Test
    void theThresholdIsTheCampaignManagers() {
        HttpResponse<Map> set =
                tinh.put("/api/campaigns/" + todaysCampaign + "/duplicate-threshold", Map.of("threshold", 0.8));
        assertEquals(HttpStatus.OK, set.getStatus(), String.valueOf(set.body()));
        assertEquals(
                0.8,
                ((Number) xa.get("/api/campaigns/" + todaysCampaign + "/duplicate-threshold")
                                .body()
                                .get("threshold"))
                        .doubleValue(),
                1e-6);
        assertEquals(
                HttpStatus.NOT_FOUND,
                xa.put("/api/campaigns/" + todaysCampaign + "/duplicate-threshold", Map.of("threshold", 0.5))
                        .getStatus());
        HttpResponse<Map> wrong =
                tinh.put("/api/campaigns/" + todaysCampaign + "/duplicate-threshold", Map.of("threshold", 7));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, wrong.getStatus());
        assertEquals("urn:dvk:problem:invalid-threshold", Api.errorBody(wrong).get("type"));
        assertEquals(
                HttpStatus.OK,
                tinh.put("/api/campaigns/" + todaysCampaign + "/duplicate-threshold", Map.of("threshold", 0.6))
                        .getStatus());
    }

    @Test
    void aBatchTooLargeForTheDuplicateCheckSaysSoInsteadOfTakingMinutes() {
        StringBuilder csv = new StringBuilder(REGISTRATIONS);
        int rows = BatchRun.DUPLICATE_CHECK_ROWS + 1;
        for (int i = 0; i < rows; i++) {
            csv.append("02980,Chi hội số ")
                    .append(i)
                    .append(",Tập thể,Mô hình thử số ")
                    .append(i)
                    .append(",1,\n");
        }
        Map<?, ?> batch = api(huyen, oldCampaign, csv.toString()).body();

        assertEquals(rows, batch.get("inserted"), String.valueOf(batch.get("errors")));
        assertEquals(
                List.of(Map.of("row", 0, "code", "duplicate-check-skipped")),
                batch.get("warnings"),
                "one warning for the batch, no model named");
    }

    private HttpResponse<Map> api(Api api, long campaign, String csv) {
        return api.send(
                HttpRequest.POST(
                                "/api/campaigns/" + campaign + "/batches/registrations?period=2024&dryRun=true",
                                csv.getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv"),
                Map.class);
    }

    private HttpResponse<Map> merge(Api api, String code, String into) {
        return api.post("/api/models/" + code + "/merge?campaign=" + oldCampaign, Map.of("into", into));
    }

    private static Map<String, Object> warning(int row, String modelCode, String unitCode) {
        return Map.of("row", row, "code", "possible-duplicate", "modelCode", modelCode, "unitCode", unitCode);
    }

    private static Map<?, ?> life(HttpResponse<Map> history) {
        assertEquals(HttpStatus.OK, history.getStatus(), String.valueOf(history.body()));
        return (Map<?, ?>) history.body().get("life");
    }

    private static List<Object> codes(Object refs) {
        return ((List<?>) refs)
                .stream().<Object>map(r -> ((Map<?, ?>) r).get("code")).toList();
    }

    /** The code of the one model the upload registered (new models are coded M<id>), read from the models list. */
    private String onlyModel(HttpResponse<Map> upload, long campaign, String period, String unit, String name) {
        assertEquals(HttpStatus.CREATED, upload.getStatus(), String.valueOf(upload.body()));
        assertEquals(1, upload.body().get("inserted"), String.valueOf(upload.body()));
        return code(campaign, period, unit, name);
    }

    private String code(long campaign, String period, String unit, String name) {
        List<?> models = (List<?>)
                admin.get("/api/rollups/" + unit + "/models?campaign=" + campaign + "&period=" + period + "&size=200")
                        .body()
                        .get("models");
        List<Object> found = models.stream()
                .map(m -> (Map<?, ?>) m)
                .filter(m -> unit.equals(m.get("unitCode")) && name.equals(m.get("modelName")))
                .<Object>map(m -> m.get("code"))
                .toList();
        assertEquals(1, found.size(), unit + " " + name + " in " + models);
        return (String) found.get(0);
    }

    private HttpResponse<Map> upload(Api api, long campaign, String kind, String period, String csv) {
        return api.send(
                HttpRequest.POST(
                                "/api/campaigns/" + campaign + "/batches/" + kind + "?period=" + period,
                                csv.getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv"),
                Map.class);
    }

    private long campaign(String issuerCode) {
        return ((List<?>) admin.getAny("/api/campaigns").body())
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> issuerCode.equals(c.get("issuerCode")))
                        .mapToLong(c -> ((Number) c.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
    }
}
