package dvk.rollups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Rollups only inside the caller's read scope, through every rollup route; the nation only for administrators. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RollupScopeTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    BlockingHttpClient client;
    long provinceCampaign;

    @BeforeAll
    void findTheProvinceCampaign() throws SQLException {
        client = http.toBlocking();
        provinceCampaign = Sql.of(context)
                .number("SELECT c.id FROM campaign c JOIN unit u ON u.id = c.issuer_unit_id WHERE u.code = '10'");
    }

    @Test
    void districtUserGetsNotFoundForTheProvinceAndReadsItsOwnDistrict() {
        Api huyen = Api.as(client, "huyen");

        assertEquals(404, huyen.get(rollup("10")).code());
        assertEquals(200, huyen.get(rollup("087")).code());
        assertEquals(200, huyen.get(rollup("02947")).code());
    }

    @Test
    void siblingDistrictSeesNothingOfBaoYenThroughAnyRollupRoute() {
        Api bacHa = Api.as(client, "huyen2");

        assertEquals(404, bacHa.get(rollup("087")).code());
        assertEquals(404, bacHa.get(rollup("02947")).code());
        assertEquals(
                404,
                bacHa.get("/api/rollups/087/models?campaign=" + provinceCampaign + "&period=2024")
                        .code());
        assertEquals(
                404,
                bacHa.get("/api/rollups/087/export?campaign=" + provinceCampaign
                                + "&period=2024&table=children&format=csv")
                        .code());
        assertEquals(
                404,
                bacHa.get("/api/rollups/085/models?campaign=" + provinceCampaign + "&period=2024&child=087")
                        .code());
        assertEquals(200, bacHa.get(rollup("085")).code());
    }

    @Test
    void provinceSeesItsDistrictsAndOnlyAdministratorsReadTheNation() {
        assertEquals(200, Api.as(client, "tinh").get(rollup("087")).code());
        assertEquals(404, Api.as(client, "tinh").get(rollup("VN")).code());
        assertEquals(200, Api.as(client, "admin").get(rollup("VN")).code());
    }

    private String rollup(String unitCode) {
        return "/api/rollups/" + unitCode + "?campaign=" + provinceCampaign + "&period=2024";
    }
}
