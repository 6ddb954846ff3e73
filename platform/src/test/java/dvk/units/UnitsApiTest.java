package dvk.units;

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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnitsApiTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

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

        assertEquals("Tỉnh Yên Bái", admin.get("/api/units/15?on=2025-06-30").body().get("name"));
        assertEquals("Tỉnh Lào Cai", admin.get("/api/units/15?on=2025-07-01").body().get("name"));
    }

    @Test
    void administratorCountsSixtyThreeProvincesBeforeTheReformAndThirtyFourAfter() {
        Api admin = Api.as(client, "admin");

        assertEquals(63, ((List<?>) admin.getAny("/api/units?level=province&on=2024-06-01").body()).size());
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
        assertEquals(HttpStatus.NOT_FOUND, Api.as(client, "huyen").get("/api/units/085?on=2024-06-01").getStatus());
    }

    @Test
    void districtReadsItsCommunesAndOnlyTheNamesOfItsAncestors() {
        Api baoYen = Api.as(client, "huyen");

        List<?> children = (List<?>) baoYen.getAny("/api/units/087/children?on=2024-06-01").body();
        List<?> lineage = (List<?>) baoYen.getAny("/api/units/087/lineage?on=2024-06-01").body();

        assertTrue(children.stream().anyMatch(c -> "Thị trấn Phố Ràng".equals(((Map<?, ?>) c).get("name"))));
        assertEquals(List.of("10", "087"), lineage.stream().map(u -> ((Map<?, ?>) u).get("code")).toList());
        assertEquals(HttpStatus.NOT_FOUND, baoYen.get("/api/units/10?on=2024-06-01").getStatus());
    }

    @Test
    void noTokenIsUnauthorizedAsProblemJson() {
        HttpResponse<Map> response = Api.anonymous(client).get("/api/units/10");

        assertEquals(HttpStatus.UNAUTHORIZED, response.getStatus());
        assertEquals("application/problem+json", response.getContentType().orElseThrow().toString());
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        HttpResponse<Map> wrongPassword = Api.anonymous(client).send(HttpRequest.POST("/login",
                Map.of("username", "tinh", "password", "wrong")), Map.class);
        HttpResponse<Map> unknownUser = Api.anonymous(client).send(HttpRequest.POST("/login",
                Map.of("username", "nobody", "password", "wrong")), Map.class);

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
