package dvk.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.ingest.BatchKind;
import dvk.ingest.FormLocks;
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
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Sending, approving, returning and reopening a commune's report, and what an approval freezes. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportCycleApiTest implements DatabaseTest {

    static final String HEADER = "Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT\n";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    BlockingHttpClient client;
    Api xa;
    Api xa2;
    Api tinh;
    long campaign;
    Sql sql;

    @BeforeAll
    void login() {
        client = http.toBlocking();
        xa = Api.as(client, "xa");
        xa2 = Api.as(client, "xa2");
        tinh = Api.as(client, "tinh");
        campaign = todaysCampaign(tinh);
        sql = Sql.of(context);
    }

    /** The demo campaign of today's Lào Cai (2025–2026), whose communes report straight to the province. */
    static long todaysCampaign(Api api) {
        for (Object c : (List<?>) api.getAny("/api/campaigns").body()) {
            Map<?, ?> found = (Map<?, ?>) c;
            if (String.valueOf(found.get("name")).contains("2025–2026")) {
                return ((Number) found.get("id")).longValue();
            }
        }
        throw new IllegalStateException("No campaign of today's Lào Cai");
    }

    static HttpResponse<Map> upload(Api api, long campaign, String rows) {
        return upload(api, campaign, "2025", rows);
    }

    static HttpResponse<Map> upload(Api api, long campaign, String period, String rows) {
        return api.send(
                HttpRequest.POST(
                                "/api/campaigns/" + campaign + "/batches/registrations?period=" + period,
                                (HEADER + rows).getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv"),
                Map.class);
    }

    static HttpResponse<Map> act(Api api, long campaign, String unit, String action, String reason) {
        return act(api, campaign, "2025", unit, action, reason);
    }

    static HttpResponse<Map> act(Api api, long campaign, String period, String unit, String action, String reason) {
        return api.post(
                "/api/campaigns/" + campaign + "/reports/" + period + "/registrations/" + unit,
                reason == null ? Map.of("action", action) : Map.of("action", action, "reason", reason));
    }

    @Test
    void anApprovedReportRefusesEveryWriteUntilTheApproverReopensIt() throws SQLException {
        // given a commune's data, sent and approved by the province
        assertEquals(
                HttpStatus.CREATED,
                upload(xa, campaign, "02947,HTX chè Bảo Yên,Tập thể,Chè sạch,1\n")
                        .getStatus());
        assertEquals("draft", state(xa, "02947"));
        assertEquals(
                "submitted", act(xa, campaign, "02947", "submit", null).body().get("state"));
        HttpResponse<Map> byCommune = act(xa, campaign, "02947", "approve", null);
        assertEquals(HttpStatus.CONFLICT, byCommune.getStatus());
        assertEquals("not-approver", type(byCommune));
        HttpResponse<Map> approved = act(tinh, campaign, "02947", "approve", null);
        assertEquals("approved", approved.body().get("state"), String.valueOf(approved.body()));
        assertEquals("tinh", approved.body().get("actedBy"));
        long models = models();
        long batches = sql.number("SELECT count(*) FROM batch");

        // when the commune uploads again, a new row and a changed one
        HttpResponse<Map> refused = upload(
                xa,
                campaign,
                "02947,HTX chè Bảo Yên,Tập thể,Chè sạch,\"1\"\n" + "02947,Chi bộ thôn 1,Tập thể,Đường hoa,1\n");
        HttpResponse<Map> replace = xa.send(
                HttpRequest.POST(
                                "/api/campaigns/" + campaign + "/batches/registrations?period=2025&replace=true",
                                (HEADER + "02947,Chi bộ thôn 2,Tập thể,Đường đèn,1\n").getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv"),
                Map.class);

        // then nothing is stored and the answer says who approved and how to reopen
        assertEquals(HttpStatus.CONFLICT, refused.getStatus());
        assertEquals(
                "application/problem+json",
                refused.getContentType().orElseThrow().toString());
        Map<String, Object> problem = Api.errorBody(refused);
        assertTrue(problem.get("type").toString().endsWith("report-approved"), problem.toString());
        assertEquals("tinh", problem.get("approvedBy"));
        assertTrue(problem.get("detail").toString().contains("tinh"), problem.toString());
        assertEquals(HttpStatus.CONFLICT, replace.getStatus());
        assertEquals(models, models());
        assertEquals(batches, sql.number("SELECT count(*) FROM batch"));

        // and once reopened, the commune writes again
        assertEquals(
                "reopened", act(tinh, campaign, "02947", "reopen", null).body().get("state"));
        HttpResponse<Map> accepted = upload(xa, campaign, "02947,Chi bộ thôn 1,Tập thể,Đường hoa,1\n");
        assertEquals(HttpStatus.CREATED, accepted.getStatus(), String.valueOf(accepted.body()));
        assertEquals(models + 1, models());
    }

    @Test
    void aReturnNeedsAReasonAndTheCommuneSendsAgain() {
        // another period than the other tests', so each starts from a draft
        String period = "2026";
        assertEquals(
                HttpStatus.CREATED,
                upload(xa, campaign, period, "02947,Hội Nông dân xã,Tập thể,Vườn mẫu,1\n")
                        .getStatus());
        assertEquals(
                "submitted",
                act(xa, campaign, period, "02947", "submit", null).body().get("state"));
        assertEquals(
                HttpStatus.UNPROCESSABLE_ENTITY,
                act(tinh, campaign, period, "02947", "return", " ").getStatus());
        HttpResponse<Map> returned = act(tinh, campaign, period, "02947", "return", "Thiếu mô hình của thôn 3");
        assertEquals("returned", returned.body().get("state"));
        assertEquals("Thiếu mô hình của thôn 3", returned.body().get("reason"));
        assertEquals("wrong-state", type(act(tinh, campaign, period, "02947", "approve", null)));
        assertEquals(
                "submitted",
                act(xa, campaign, period, "02947", "submit", null).body().get("state"));
    }

    @Test
    void anApprovalWaitsForABatchOfTheSameFormThatIsStillBeingStored() throws Exception {
        String period = "2025-2026";
        assertEquals(
                HttpStatus.CREATED,
                upload(xa, campaign, period, "02947,Chi hội Cựu chiến binh,Tập thể," + "Tổ tự quản,1\n")
                        .getStatus());
        act(xa, campaign, period, "02947", "submit", null);
        try (Connection batch = sql.connect()) {
            // given a batch of registrations holding its form's lock, as it does from its checks to its commit
            batch.setAutoCommit(false);
            try (Statement st = batch.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + FormLocks.key(campaign, BatchKind.REGISTRATIONS) + ")");
            }

            // when the province approves meanwhile
            CompletableFuture<HttpResponse<Map>> approval =
                    CompletableFuture.supplyAsync(() -> act(tinh, campaign, period, "02947", "approve", null));

            // then the approval waits until the batch has committed
            Thread.sleep(1500);
            assertFalse(approval.isDone(), "the approval did not wait for the batch");
            batch.commit();
            assertEquals("approved", approval.get(30, TimeUnit.SECONDS).body().get("state"));
        }
    }

    @Test
    void aSiblingSeesNoReportAndCannotActOnOne() {
        assertEquals(
                HttpStatus.CREATED,
                upload(xa, campaign, "2026-H1", "02947,Đoàn Thanh niên xã,Tập thể,Thắp sáng đường quê,1\n")
                        .getStatus());

        List<?> seenBySibling = (List<?>) xa2.getAny("/api/campaigns/" + campaign + "/reports?period=2026-H1")
                .body();
        HttpResponse<Map> acted = act(xa2, campaign, "2026-H1", "02947", "submit", null);
        HttpResponse<Map> asked = xa2.get("/api/campaigns/" + campaign + "/reports?period=2026-H1&unit=02947");

        assertEquals(
                1,
                ((List<?>) tinh.getAny("/api/campaigns/" + campaign + "/reports?period=2026-H1")
                                .body())
                        .size());
        assertTrue(seenBySibling.stream().noneMatch(r -> "02947".equals(((Map<?, ?>) r).get("unitCode"))));
        assertEquals(HttpStatus.NOT_FOUND, acted.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, asked.getStatus());
        assertEquals(
                Api.errorBody(asked).get("type"),
                Api.errorBody(xa2.get("/api/campaigns/" + campaign + "/reports?period=2025&unit=99999"))
                        .get("type"));
    }

    @Test
    void aCampaignMayLetTheProvinceApproveACommuneOfTheThreeLevelStructureDirectly() throws SQLException {
        // given the old province's 3-level campaign, where Bảo Yên's district approves its communes
        Api huyen = Api.as(client, "huyen");
        Map<String, Object> document = oldProvinceCampaign();
        long old = ((Number) document.get("id")).longValue();
        assertEquals(false, document.get("approvalFromAbove"));
        assertEquals(
                HttpStatus.CREATED,
                upload(huyen, old, "2024", "02950,Chi bộ thôn Bản Lự,Tập thể,Đường sạch,1\n")
                        .getStatus());
        assertEquals(
                "submitted",
                act(huyen, old, "2024", "02950", "submit", null).body().get("state"));

        // then without the setting the province is refused, the district being the approver
        HttpResponse<Map> refused = act(tinh, old, "2024", "02950", "approve", null);
        assertEquals(HttpStatus.CONFLICT, refused.getStatus());
        assertEquals("not-approver", type(refused));

        // when the province sets it
        document.put("approvalFromAbove", true);
        HttpResponse<Map> saved = tinh.send(HttpRequest.PUT("/api/campaigns/" + old, document), Map.class);
        assertEquals(HttpStatus.OK, saved.getStatus(), String.valueOf(saved.body()));
        assertEquals(true, saved.body().get("approvalFromAbove"));
        assertEquals(
                ((Number) document.get("version")).intValue() + 1,
                ((Number) saved.body().get("version")).intValue());
        assertEquals(
                "[\"approvalFromAbove\"]",
                sql.text("SELECT details -> 'changed' FROM audit_entry WHERE action = 'campaign.update'"
                        + " AND campaign_id = " + old + " ORDER BY id DESC LIMIT 1"));

        // then it approves the commune directly
        HttpResponse<Map> approved = act(tinh, old, "2024", "02950", "approve", null);
        assertEquals("approved", approved.body().get("state"), String.valueOf(approved.body()));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> oldProvinceCampaign() {
        for (Object c : (List<?>) tinh.getAny("/api/campaigns").body()) {
            Map<String, Object> found = (Map<String, Object>) c;
            if ("10".equals(found.get("issuerCode"))) {
                return new java.util.HashMap<>(found);
            }
        }
        throw new IllegalStateException("No campaign of the old Tỉnh Lào Cai");
    }

    private String state(Api api, String unit) {
        List<?> reports = (List<?>) api.getAny("/api/campaigns/" + campaign + "/reports?period=2025&unit=" + unit)
                .body();
        return reports.stream()
                .map(r -> (Map<?, ?>) r)
                .filter(r -> unit.equals(r.get("unitCode")) && "registrations".equals(r.get("kind")))
                .map(r -> (String) r.get("state"))
                .findFirst()
                .orElseThrow();
    }

    private long models() throws SQLException {
        return sql.number("SELECT count(*) FROM model m JOIN unit u ON u.id = m.unit_id WHERE u.code = '02947'"
                + " AND m.withdrawn_at IS NULL");
    }

    private static String type(HttpResponse<?> response) {
        String type = String.valueOf(Api.errorBody(response).get("type"));
        return type.substring(type.lastIndexOf(':') + 1);
    }
}
