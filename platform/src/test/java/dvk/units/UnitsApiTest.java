package dvk.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitsApiTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    BlockingHttpClient client;

    @BeforeAll
    void connect() {
        client = http.toBlocking();
    }

    @Test
    void provinceManagerReadsLaoCaiWithItsNineDistricts() {
        HttpResponse<Map> response = Api.as(client, "tinh").get("/api/units/10?on=2024-06-01");

        assertEquals(HttpStatus.OK, response.getStatus());
        Map<?, ?> unit = response.body();
        assertEquals("Tỉnh Lào Cai", unit.get("name"));
        assertEquals("province", unit.get("level"));
        assertEquals(9, ((Number) unit.get("childCount")).intValue());
        assertEquals("2025-06-30", unit.get("validTo"));
        assertNull(unit.get("parentCode"));
    }

    @Test
    void codesResolveToTheStructureInForceOnTheDay() {
        Api admin = Api.as(client, "admin");

        assertEquals(
                "Tỉnh Yên Bái", admin.get("/api/units/15?on=2025-06-30").body().get("name"));
        assertEquals(
                "Tỉnh Lào Cai", admin.get("/api/units/15?on=2025-07-01").body().get("name"));
    }

    @Test
    void administratorCountsSixtyThreeProvincesBeforeTheReformAndThirtyFourAfter() {
        Api admin = Api.as(client, "admin");

        assertEquals(
                63,
                ((List<?>) admin.getAny("/api/units?level=province&on=2024-06-01")
                                .body())
                        .size());
        assertEquals(34, ((List<?>) admin.getAny("/api/units?level=province").body()).size());
    }

    @Test
    void siblingDistrictSeesNothingOfBaoYen() {
        Api bacHa = Api.as(client, "huyen2");

        HttpResponse<Map> district = bacHa.get("/api/units/087?on=2024-06-01");
        HttpResponse<Map> commune = bacHa.get("/api/units/02947?on=2024-06-01");
        HttpResponse<Map> missing = bacHa.get("/api/units/99999?on=2024-06-01");

        assertEquals(HttpStatus.NOT_FOUND, district.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, commune.getStatus());
        // out of scope and non-existent look exactly alike, apart from the echoed code
        assertEquals(Api.errorBody(missing).get("type"), Api.errorBody(district).get("type"));
        assertEquals(
                HttpStatus.NOT_FOUND,
                Api.as(client, "huyen").get("/api/units/085?on=2024-06-01").getStatus());
    }

    @Test
    void districtReadsItsCommunesAndOnlyTheNamesOfItsAncestors() {
        Api baoYen = Api.as(client, "huyen");

        List<?> children =
                (List<?>) baoYen.getAny("/api/units/087/children?on=2024-06-01").body();
        List<?> ancestors = (List<?>)
                baoYen.getAny("/api/units/087/ancestors?on=2024-06-01").body();

        assertTrue(children.stream().anyMatch(c -> "Thị trấn Phố Ràng".equals(((Map<?, ?>) c).get("name"))));
        assertEquals(
                List.of("10", "087"),
                ancestors.stream().map(u -> ((Map<?, ?>) u).get("code")).toList());
        assertEquals(
                HttpStatus.NOT_FOUND, baoYen.get("/api/units/10?on=2024-06-01").getStatus());
    }

    @Test
    void aFormerDistrictReadsItsOwnUnitAndSeventeenCommunesWithoutADate() {
        Api baoYen = Api.as(client, "huyen");

        HttpResponse<Map> district = baoYen.get("/api/units/087");
        List<?> children = (List<?>) baoYen.getAny("/api/units/087/children").body();
        List<?> communes = (List<?>) baoYen.getAny("/api/units?level=commune").body();

        assertEquals(HttpStatus.OK, district.getStatus());
        assertEquals("2025-06-30", district.body().get("validTo"), "the district ended with the 3-level structure");
        assertEquals(17, ((Number) district.body().get("childCount")).intValue());
        assertEquals(17, children.size());
        assertEquals(17, communes.size());
        // today 02947 is Xã Bảo Yên of the 2-level structure; the district reads its own Thị trấn Phố Ràng
        assertEquals("Thị trấn Phố Ràng", baoYen.get("/api/units/02947").body().get("name"));
    }

    @Test
    void aFormerProvinceReadsItsOwnUnitAndItsPacksWithoutADate() {
        Api tinh = Api.as(client, "tinh");

        HttpResponse<Map> province = tinh.get("/api/units/10");
        HttpResponse<?> packs = tinh.getAny("/api/packs?unitCode=10");

        assertEquals(HttpStatus.OK, province.getStatus());
        assertEquals(9, ((Number) province.body().get("childCount")).intValue());
        assertEquals(HttpStatus.OK, packs.getStatus());
    }

    @Test
    void todaysCommuneListsTheFourCommunesItWasFormedFrom() {
        Map<?, ?> lineage =
                Api.as(client, "admin").get("/api/units/02947/lineage").body();

        assertEquals("Xã Bảo Yên", ((Map<?, ?>) lineage.get("unit")).get("name"));
        List<?> predecessors = (List<?>) lineage.get("predecessors");
        assertEquals(
                List.of("02947", "02980", "02986", "02992"),
                predecessors.stream().map(p -> ((Map<?, ?>) p).get("code")).toList());
        Map<?, ?> phoRang = (Map<?, ?>) predecessors.get(0);
        assertEquals("Thị trấn Phố Ràng", phoRang.get("name"));
        assertEquals("full", phoRang.get("coverage"));
        assertEquals("2025-07-01", phoRang.get("effectiveOn"));
        assertEquals("2025-06-30", phoRang.get("validTo"));
        assertEquals(List.of(), lineage.get("successors"));
    }

    @Test
    void theOldProvinceWentWhollyIntoTodaysLaoCai() {
        Map<?, ?> lineage = Api.as(client, "tinh")
                .get("/api/units/10/lineage?on=2024-06-01")
                .body();

        List<?> successors = (List<?>) lineage.get("successors");
        assertEquals(1, successors.size());
        Map<?, ?> today = (Map<?, ?>) successors.get(0);
        assertEquals("15", today.get("code"));
        assertEquals("Tỉnh Lào Cai", today.get("name"));
        assertEquals("full", today.get("coverage"));
        assertEquals(List.of(), lineage.get("predecessors"));
    }

    @Test
    void aSplitWardNamesBothWardsItWentIntoAsPartial() {
        // Phường Cống Vị (Hà Nội, 00007) was divided between Phường Ngọc Hà and Phường Giảng Võ
        Map<?, ?> lineage = Api.as(client, "admin")
                .get("/api/units/00007/lineage?on=2024-06-01")
                .body();

        List<?> successors = (List<?>) lineage.get("successors");
        assertEquals(
                List.of("00008", "00025"),
                successors.stream().map(s -> ((Map<?, ?>) s).get("code")).toList());
        assertEquals(
                List.of("Phường Ngọc Hà", "Phường Giảng Võ"),
                successors.stream().map(s -> ((Map<?, ?>) s).get("name")).toList());
        assertTrue(successors.stream().allMatch(s -> "partial".equals(((Map<?, ?>) s).get("coverage"))));
    }

    @Test
    void everyPublishedMappingRowIsALinkBetweenTwoUnits() throws Exception {
        Sql sql = Sql.of(context);

        // vn-units-2025-mapping.csv: 63 provinces, 10,568 communes and 5 island districts become communes
        assertEquals(10_636, sql.number("SELECT count(*) FROM unit_mapping"));
        assertEquals(10_636, sql.number("SELECT count(*) FROM unit_succession"));
        assertEquals(
                63,
                sql.number("SELECT count(*) FROM unit_succession s JOIN unit o"
                        + " ON o.id = s.predecessor_id WHERE o.level = 'province'"));
        assertEquals(976, sql.number("SELECT count(*) FROM unit_succession WHERE coverage = 'partial'"));
    }

    @Test
    void aSplitWardIsReadByTheWardItsRowsArePlacedInOnly() {
        Api admin = Api.as(client, "admin");
        for (String[] user : List.of(new String[] {"ngoc-ha", "00008"}, new String[] {"giang-vo", "00025"})) {
            assertEquals(
                    HttpStatus.CREATED,
                    admin.post(
                                    "/api/users?on=2025-07-01",
                                    Map.of(
                                            "username",
                                            user[0],
                                            "password",
                                            Api.DEMO_PASSWORD,
                                            "role",
                                            "viewer",
                                            "unitCode",
                                            user[1]))
                            .getStatus());
        }

        // Phường Cống Vị went partly into both; its rows count in the successor of the lowest code, Ngọc Hà
        assertEquals(
                HttpStatus.OK,
                Api.as(client, "ngoc-ha").get("/api/units/00007?on=2024-06-01").getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                Api.as(client, "giang-vo").get("/api/units/00007?on=2024-06-01").getStatus());
    }

    @Test
    void lineageIsScopedLikeTheUnitItself() {
        Api bacHa = Api.as(client, "huyen2");

        HttpResponse<Map> lineage = bacHa.get("/api/units/087/lineage?on=2024-06-01");
        HttpResponse<Map> missing = bacHa.get("/api/units/99999/lineage?on=2024-06-01");

        assertEquals(HttpStatus.NOT_FOUND, lineage.getStatus());
        assertEquals(Api.errorBody(missing).get("type"), Api.errorBody(lineage).get("type"));
    }

    @Test
    void noTokenIsUnauthorizedAsProblemJson() {
        HttpResponse<Map> response = Api.anonymous(client).get("/api/units/10");

        assertEquals(HttpStatus.UNAUTHORIZED, response.getStatus());
        assertEquals(
                "application/problem+json",
                response.getContentType().orElseThrow().toString());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        HttpResponse<Map> wrongPassword = Api.anonymous(client)
                .send(HttpRequest.POST("/login", Map.of("username", "tinh", "password", "wrong")), Map.class);
        HttpResponse<Map> unknownUser = Api.anonymous(client)
                .send(HttpRequest.POST("/login", Map.of("username", "nobody", "password", "wrong")), Map.class);

        assertEquals(HttpStatus.UNAUTHORIZED, wrongPassword.getStatus());
        assertEquals(Api.errorBody(wrongPassword), Api.errorBody(unknownUser));
    }

    @Test
    void errorsNeverCarryStackTracesOrSql() {
        HttpResponse<Map> response = Api.as(client, "tinh").get("/api/units/10?on=not-a-date");

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, response.getStatus());
        String body = Api.errorBody(response).toString();
        assertTrue(body.contains("YYYY-MM-DD"));
        assertFalse(body.contains("Exception"));
        assertFalse(body.contains("SELECT"));
    }
}
