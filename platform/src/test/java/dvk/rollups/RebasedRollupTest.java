package dvk.rollups;

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
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Today's units read their predecessors' history, and a campaign of the 3-level structure counts onto today's
 * units through the official lineage (the demo's Lào Cai 2022–2025 data, real unit lists).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebasedRollupTest implements DatabaseTest {

    private static final List<String> BAO_YEN_PREDECESSORS = List.of("02947", "02980", "02986", "02992");

    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;
    Api admin;
    long campaign;

    @Override
    public boolean withDemoData() {
        return true;
    }

    @BeforeAll
    void createUsersOfTodaysUnits() {
        client = http.toBlocking();
        admin = Api.as(client, "admin");
        campaign = ((List<?>) admin.getAny("/api/campaigns").body())
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> "10".equals(c.get("issuerCode")))
                        .mapToLong(c -> ((Number) c.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
        create("tinh-moi", "manager", "15");
        create("xa-bao-yen", "submitter", "02947");
        create("ha-noi", "manager", "01");
    }

    @Test
    void todaysCommuneCountsTheFourCommunesItWasFormedFrom() {
        Map<?, ?> rebased =
                admin.get(rollup("02947", "2023") + "&basis=current").body();

        long sum = 0;
        for (String old : BAO_YEN_PREDECESSORS) {
            sum += models(admin.get(rollup(old, "2023")).body());
        }
        assertTrue(sum > 0, "the demo registered models in Bảo Yên's communes by 2023");
        assertEquals(sum, models(rebased));
        assertEquals("Xã Bảo Yên", ((Map<?, ?>) rebased.get("unit")).get("name"));
        List<?> children = (List<?>) rebased.get("children");
        assertEquals(
                BAO_YEN_PREDECESSORS,
                children.stream()
                        .map(c -> ((Map<?, ?>) ((Map<?, ?>) c).get("unit")).get("code"))
                        .toList());
        for (Object child : children) {
            String code = (String) ((Map<?, ?>) ((Map<?, ?>) child).get("unit")).get("code");
            assertEquals(
                    models(admin.get(rollup(code, "2023")).body()),
                    ((Number) ((Map<?, ?>) ((Map<?, ?>) child).get("totals")).get("models")).longValue(),
                    code);
        }
        Map<?, ?> basis = (Map<?, ?>) rebased.get("basis");
        assertEquals(0, ((Number) basis.get("placedByDefault")).intValue(), "no commune of old Lào Cai was split");
    }

    @Test
    void todaysProvinceCountsExactlyTheOldProvincesFigures() {
        Map<?, ?> old = admin.get(rollup("10", "2023")).body();
        Map<?, ?> rebased = admin.get(rollup("15", "2023") + "&basis=current").body();

        assertEquals(old.get("totals"), rebased.get("totals"), "totals never depend on the basis");
        List<?> children = (List<?>) rebased.get("children");
        assertTrue(
                children.size() > 20 && children.size() <= 99, "today's communes of old Lào Cai: " + children.size());
        long byCommune = children.stream()
                .mapToLong(c -> ((Number) ((Map<?, ?>) ((Map<?, ?>) c).get("totals")).get("models")).longValue())
                .sum();
        long ofCommunes = ((List<?>) old.get("children"))
                .stream().mapToLong(this::modelsOfCommunes).sum();
        assertTrue(byCommune > 0, "the old communes hold models in 2023");
        assertEquals(ofCommunes, byCommune, "every commune's models land in exactly one of today's communes");
    }

    @Test
    void theModelsListOfARebasedChildIsItsPredecessorsModels() {
        Map<?, ?> phoRang = admin.get(rollup("02947", "2023")).body();
        Map<?, ?> page = admin.get("/api/rollups/02947/models?campaign=" + campaign
                        + "&period=2023&basis=current&child=02947&size=1000")
                .body();

        assertTrue(models(phoRang) > 0, "the demo registered models in Thị trấn Phố Ràng by 2023");

        assertEquals(models(phoRang), ((Number) page.get("total")).longValue());
    }

    @Test
    void aUserOfTodaysProvinceReadsBothOldProvincesAndNothingElse() {
        Api tinh = Api.as(client, "tinh-moi");

        assertEquals(99, ((Number) tinh.get("/api/units/15").body().get("childCount")).intValue());
        assertEquals(9, ((Number) tinh.get("/api/units/10?on=2024-06-01").body().get("childCount")).intValue());
        assertEquals(
                "Tỉnh Yên Bái", tinh.get("/api/units/15?on=2024-06-01").body().get("name"));
        assertEquals(HttpStatus.OK, tinh.get(rollup("10", "2023")).getStatus());
        assertEquals(
                HttpStatus.OK, tinh.get(rollup("15", "2023") + "&basis=current").getStatus());
        assertEquals(HttpStatus.NOT_FOUND, tinh.get("/api/units/01").getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND, tinh.get("/api/units/02?on=2024-06-01").getStatus());
    }

    @Test
    void aUserOfTodaysCommuneReadsItsPredecessorsOnly() {
        Api xa = Api.as(client, "xa-bao-yen");

        for (String old : BAO_YEN_PREDECESSORS) {
            assertEquals(
                    HttpStatus.OK,
                    xa.get("/api/units/" + old + "?on=2024-06-01").getStatus(),
                    old);
        }
        // Xã Tân Tiến (02950) of the same old district went into Xã Nghĩa Đô, not Xã Bảo Yên
        HttpResponse<Map> other = xa.get("/api/units/02950?on=2024-06-01");
        HttpResponse<Map> missing = xa.get("/api/units/99999?on=2024-06-01");
        assertEquals(HttpStatus.NOT_FOUND, other.getStatus());
        assertEquals(Api.errorBody(missing).get("type"), Api.errorBody(other).get("type"));
        assertEquals(
                HttpStatus.NOT_FOUND, xa.get("/api/units/087?on=2024-06-01").getStatus());
        assertEquals(HttpStatus.NOT_FOUND, xa.get(rollup("087", "2023")).getStatus());
        assertEquals(HttpStatus.OK, xa.get(rollup("02980", "2023")).getStatus());
    }

    @Test
    void anotherProvinceLearnsNothingOfLaoCaiThroughTheLineage() {
        Api haNoi = Api.as(client, "ha-noi");

        assertEquals(
                HttpStatus.NOT_FOUND, haNoi.get("/api/units/10?on=2024-06-01").getStatus());
        assertEquals(HttpStatus.NOT_FOUND, haNoi.get("/api/units/15/lineage").getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                haNoi.get(rollup("15", "2023") + "&basis=current").getStatus());
        assertEquals(List.of(), haNoi.getAny("/api/campaigns").body());
    }

    @Test
    void aFormerDistrictKeepsItsOwnHistoryButNotTodaysCommunes() {
        Api huyen = Api.as(client, "huyen");

        assertEquals(HttpStatus.OK, huyen.get(rollup("087", "2023")).getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                huyen.get(rollup("02947", "2023") + "&basis=current").getStatus());
    }

    @Test
    void todaysCampaignReadsTwentyTwentyFourFromBothOldProvinces() {
        long present = campaignIssuedBy("15", "2026");
        long yenBai = campaignIssuedBy("15", "2025");
        Map<?, ?> today = admin.get("/api/rollups/15?campaign=" + present + "&period=2024")
                .body();

        long laoCai2024 = models(admin.get(rollup("10", "2024")).body());
        long yenBai2024 = models(
                admin.get("/api/rollups/15?campaign=" + yenBai + "&period=2024").body());
        assertTrue(laoCai2024 > 0 && yenBai2024 > 0, laoCai2024 + " / " + yenBai2024);
        assertEquals(laoCai2024 + yenBai2024, models(today));
        assertEquals(present, ((Number) ((Map<?, ?>) today.get("campaign")).get("id")).longValue());
    }

    @Test
    void todaysYearComparesWithTheYearBeforeTheMergerReBased() throws Exception {
        long present = campaignIssuedBy("15", "2026");
        Api tinh = Api.as(client, "tinh");

        Map<?, ?> compared = tinh.get("/api/rollups/15?campaign=" + present + "&period=2025&compare=last-year")
                .body();

        Map<?, ?> compare = (Map<?, ?>) compared.get("compare");
        assertEquals("2024", ((Map<?, ?>) compare.get("period")).get("code"));
        assertTrue(compare.get("basis") != null, "the 2024 figures were counted onto today's units");
        HttpResponse<Map> accepted = tinh.post(
                "/api/packs",
                Map.of("unitCode", "15", "campaignId", present, "period", "2025", "kind", "tong-ket-nam"));
        String id = String.valueOf(accepted.body().get("id"));
        Map<?, ?> state = tinh.get("/api/packs/" + id).body();
        for (int i = 0; i < 480 && !"done".equals(state.get("status")) && !"failed".equals(state.get("status")); i++) {
            Thread.sleep(250);
            state = tinh.get("/api/packs/" + id).body();
        }
        assertEquals("done", state.get("status"), String.valueOf(state));
        byte[] pdf = tinh.send(HttpRequest.GET("/api/packs/" + id + "/file/pdf"), byte[].class)
                .body();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
            assertTrue(text.contains("Số liệu cùng kỳ được quy đổi theo đơn vị hành chính hiện nay"), text);
        }
    }

    /** The demo campaign of the issuer code whose last year is {@code lastYear}. */
    private long campaignIssuedBy(String issuerCode, String lastYear) {
        return ((List<?>) admin.getAny("/api/campaigns").body())
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> issuerCode.equals(c.get("issuerCode"))
                                && lastYear.equals(String.valueOf(c.get("lastYear"))))
                        .mapToLong(c -> ((Number) c.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
    }

    private void create(String username, String role, String unitCode) {
        HttpResponse<Map> created = admin.post(
                "/api/users?on=2025-07-01",
                Map.of("username", username, "password", Api.DEMO_PASSWORD, "role", role, "unitCode", unitCode));
        assertEquals(HttpStatus.CREATED, created.getStatus(), String.valueOf(created.body()));
    }

    private String rollup(String unit, String period) {
        return "/api/rollups/" + unit + "?campaign=" + campaign + "&period=" + period;
    }

    /** The models of a district's communes, without those of its own bodies. */
    private long modelsOfCommunes(Object district) {
        String code = (String) ((Map<?, ?>) ((Map<?, ?>) district).get("unit")).get("code");
        return ((List<?>) admin.get(rollup(code, "2023")).body().get("children"))
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> "commune".equals(((Map<?, ?>) c.get("unit")).get("level")))
                        .mapToLong(c -> ((Number) ((Map<?, ?>) c.get("totals")).get("models")).longValue())
                        .sum();
    }

    private static long models(Map<?, ?> rollup) {
        return ((Number) ((Map<?, ?>) rollup.get("totals")).get("models")).longValue();
    }
}
