package dvk.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A province's rollup counting only approved reports, and the report states every rollup carries. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApprovedRollupTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    Api tinh;
    Api xa2;
    long campaign;
    Sql sql;

    @BeforeAll
    void fixture() {
        BlockingHttpClient client = http.toBlocking();
        tinh = Api.as(client, "tinh");
        xa2 = Api.as(client, "xa2");
        campaign = ReportCycleApiTest.todaysCampaign(tinh);
        sql = Sql.of(context);
        // five communes of today's Lào Cai, each with its own number of models, each left in another state
        register("02947", 2);
        register("02680", 4);
        register("02989", 3);
        register("02683", 1);
        register("02686", 5);
        for (String commune : List.of("02947", "02680", "02989", "02683")) {
            assertEquals(HttpStatus.OK, act(commune, "submit", null).getStatus());
        }
        assertEquals("approved", act("02947", "approve", null).body().get("state"));
        assertEquals("approved", act("02680", "approve", null).body().get("state"));
        assertEquals(
                "returned", act("02683", "return", "Thiếu minh chứng").body().get("state"));
    }

    @Test
    void approvedOnlyCountsExactlyTheApprovedCommunesRows() throws SQLException {
        Map<?, ?> all = rollup(tinh, "15", "all");
        Map<?, ?> approved = rollup(tinh, "15", "approved");

        long approvedRows = sql.number("""
                SELECT count(*) FROM model m
                  JOIN report_state r ON r.province_id = m.province_id AND r.campaign_id = m.campaign_id
                                     AND r.unit_id = m.unit_id AND r.kind = 'registrations' AND r.state = 'approved'
                 WHERE m.campaign_id = %d AND m.withdrawn_at IS NULL""".formatted(campaign));
        assertEquals(6, approvedRows, "the fixture's approved communes hold 2 + 4 models");
        assertEquals(15L, models(all));
        assertEquals(approvedRows, models(approved));
        assertEquals("approved", approved.get("count"));
        assertEquals(2L, childModels(approved, "02947"));
        assertEquals(4L, childModels(approved, "02680"));
        assertEquals(0L, childModels(approved, "02989"));
        assertEquals(3L, childModels(all, "02989"));
        // the communes in force are the coverage's denominator whatever is approved; 2 of them have an approved model
        Map<?, ?> coverage = (Map<?, ?>) ((Map<?, ?>) approved.get("coverage")).get("communesWithModel");
        assertEquals(
                ((Map<?, ?>) ((Map<?, ?>) all.get("coverage")).get("communesWithModel")).get("of"), coverage.get("of"));
        assertEquals(2, ((Number) coverage.get("count")).intValue());
        long byField = ((List<?>) ((Map<?, ?>) approved.get("totals")).get("byField"))
                .stream()
                        .mapToLong(f -> ((Number) ((Map<?, ?>) f).get("models")).longValue())
                        .sum();
        assertEquals(6, byField, "every fixture model has one field");
    }

    @Test
    void everyRollupCarriesTheSubtreesReportStates() {
        for (String count : List.of("all", "approved")) {
            Map<?, ?> states = (Map<?, ?>) rollup(tinh, "15", count).get("reportStates");
            assertEquals(1, number(states, "draft"), states.toString());
            assertEquals(1, number(states, "submitted"), states.toString());
            assertEquals(2, number(states, "approved"), states.toString());
            assertEquals(1, number(states, "returned"), states.toString());
            assertEquals(0, number(states, "reopened"), states.toString());
        }
        Map<?, ?> commune = (Map<?, ?>) rollup(tinh, "02989", "all").get("reportStates");
        assertEquals(1, number(commune, "submitted"), commune.toString());
        assertEquals(0, number(commune, "approved"), commune.toString());
    }

    @Test
    void aSenderReadingItsOwnFiguresSeesThemAllBeforeApproval() {
        Map<?, ?> own = rollup(xa2, "02989", "approved");
        assertEquals(3L, models(own));
        assertEquals(0L, models(rollup(tinh, "02989", "approved")));
    }

    @Test
    void anUnknownCountIsRefused() {
        HttpResponse<Map> refused = tinh.get("/api/rollups/15?campaign=" + campaign + "&period=2025&count=some");
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, refused.getStatus());
        assertEquals(
                "application/problem+json",
                refused.getContentType().orElseThrow().toString());
    }

    private void register(String commune, int models) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= models; i++) {
            rows.append(commune)
                    .append(",Chi hội ")
                    .append(i)
                    .append(",Tập thể,Mô hình ")
                    .append(i)
                    .append(",1\n");
        }
        HttpResponse<Map> stored = ReportCycleApiTest.upload(tinh, campaign, rows.toString());
        assertEquals(HttpStatus.CREATED, stored.getStatus(), String.valueOf(stored.body()));
    }

    private HttpResponse<Map> act(String commune, String action, String reason) {
        return ReportCycleApiTest.act(tinh, campaign, commune, action, reason);
    }

    private Map<?, ?> rollup(Api api, String unit, String count) {
        HttpResponse<Map> answer =
                api.get("/api/rollups/" + unit + "?campaign=" + campaign + "&period=2025&count=" + count);
        assertEquals(HttpStatus.OK, answer.getStatus(), String.valueOf(answer.body()));
        return answer.body();
    }

    private static long models(Map<?, ?> rollup) {
        return ((Number) ((Map<?, ?>) rollup.get("totals")).get("models")).longValue();
    }

    private static long childModels(Map<?, ?> rollup, String code) {
        return ((List<?>) rollup.get("children"))
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> code.equals(((Map<?, ?>) c.get("unit")).get("code")))
                        .mapToLong(c -> models(c))
                        .findFirst()
                        .orElseThrow();
    }

    private static int number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).intValue();
    }
}
