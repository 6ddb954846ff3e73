package dvk.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole reporting cycle on the demo (issue 15): Xã Bảo Yên uploads, sends, the province approves, a further
 * upload is refused, the province reopens, the commune uploads, the province freezes, the commune corrects a row;
 * the frozen figures, their hash, the pack and the audit trail tell exactly that story, and Xã Bảo Hà sees none of
 * it. Loads the demo's data: about three minutes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingCycleDemoTest implements DatabaseTest {

    static final String HEADER = "Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT,VHXH\n";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    @Override
    public boolean withDemoData() {
        return true;
    }

    @Test
    void theWholeCycleOnTheDemo() throws Exception {
        BlockingHttpClient client = http.toBlocking();
        Sql sql = Sql.of(context);
        Api xa = Api.as(client, "xa");
        Api tinh = Api.as(client, "tinh");
        long campaign = ReportCycleApiTest.todaysCampaign(tinh);
        long start = sql.number("SELECT coalesce(max(id), 0) FROM audit_entry");
        String report = "/api/campaigns/" + campaign + "/reports/2025/registrations/02947";

        // xa uploads and sends; tinh approves
        assertEquals(
                HttpStatus.CREATED,
                upload(xa, campaign, "02947,Tổ hòa giải thôn Khuổi Phầy,Tập thể," + "Hòa giải ở cơ sở,,1\n")
                        .getStatus());
        assertEquals(
                "submitted", xa.post(report, Map.of("action", "submit")).body().get("state"));
        assertEquals(
                "approved",
                tinh.post(report, Map.of("action", "approve")).body().get("state"));

        // xa's next upload is refused and stores nothing
        long models = sql.number("SELECT count(*) FROM model");
        long versions = sql.number("SELECT count(*) FROM model_version");
        HttpResponse<Map> refused =
                upload(xa, campaign, "02947,Tổ hòa giải thôn Khuổi Phầy,Tập thể," + "Hòa giải ở cơ sở,1,1\n");
        assertEquals(HttpStatus.CONFLICT, refused.getStatus());
        assertEquals("tinh", Api.errorBody(refused).get("approvedBy"));
        assertEquals(models, sql.number("SELECT count(*) FROM model"));
        assertEquals(versions, sql.number("SELECT count(*) FROM model_version"));

        // tinh reopens, xa uploads, tinh freezes
        assertEquals(
                "reopened", tinh.post(report, Map.of("action", "reopen")).body().get("state"));
        assertEquals(
                HttpStatus.CREATED,
                upload(xa, campaign, "02947,Chi đoàn thôn Bản Cầm,Tập thể," + "Thắp sáng đường quê,,1\n")
                        .getStatus());
        Map<?, ?> before = rollup(tinh, campaign, "02947", null);
        Map<?, ?> provinceBefore = rollup(tinh, campaign, "15", null);
        HttpResponse<Map> frozen =
                tinh.post("/api/snapshots", Map.of("campaignId", campaign, "period", "2025", "unitCode", "15"));
        assertEquals(HttpStatus.CREATED, frozen.getStatus(), String.valueOf(frozen.getBody(Map.class)));
        long snapshot = ((Number) frozen.body().get("id")).longValue();
        String sha256 = (String) frozen.body().get("sha256");

        // xa corrects a row: the model now counts in KT too
        assertEquals(
                HttpStatus.CREATED,
                upload(xa, campaign, "02947,Chi đoàn thôn Bản Cầm,Tập thể," + "Thắp sáng đường quê,1,1\n")
                        .getStatus());

        // the current figures differ from the frozen ones by exactly that row
        Map<?, ?> now = rollup(tinh, campaign, "02947", null);
        assertEquals(totals(before).get("models"), totals(now).get("models"));
        assertEquals(field(before, "KT") + 1, field(now, "KT"));
        assertEquals(field(before, "VHXH"), field(now, "VHXH"));
        assertEquals(before, rollup(tinh, campaign, "02947", snapshot));
        assertEquals(provinceBefore, rollup(tinh, campaign, "15", snapshot));
        assertNotEquals(provinceBefore, rollup(tinh, campaign, "15", null));
        // the hash, recomputed from the stored rows alone, is the one answered when the freeze was taken
        assertEquals(sha256, recomputed(sql, snapshot));

        // the pack made from the freeze cites it and lists the correction
        String pack = packText(tinh, campaign, snapshot);
        assertTrue(
                pack.contains("Số liệu chốt ngày")
                        && pack.contains("(mã " + snapshot + "-" + sha256.substring(0, 8) + ")"),
                pack);
        assertTrue(pack.contains("SỐ LIỆU CẬP NHẬT SAU NGÀY CHỐT"), pack);
        assertTrue(
                pack.contains("Xã Bảo Yên (02947): Lĩnh vực Kinh tế: " + field(before, "KT") + " → "
                        + (field(before, "KT") + 1)),
                pack);

        // the audit trail lists every step in order, with its actor
        List<String> steps = ((List<?>)
                        tinh.get("/api/audit?unit=02947&page=1").body().get("entries"))
                .stream()
                        .map(e -> (Map<?, ?>) e)
                        .filter(e -> ((Number) e.get("id")).longValue() > start)
                        .filter(e -> !String.valueOf(e.get("action")).startsWith("login"))
                        .map(e -> e.get("action") + " " + e.get("actor"))
                        .toList();
        assertEquals(
                List.of(
                        "batch.store xa",
                        "report.submit xa",
                        "report.approve tinh",
                        "report.reopen tinh",
                        "batch.store xa",
                        "batch.store xa"),
                steps);
        List<String> province = ((List<?>)
                        tinh.get("/api/audit?unit=15&action=snapshot").body().get("entries"))
                .stream()
                        .map(e -> ((Map<?, ?>) e).get("action") + " " + ((Map<?, ?>) e).get("actor"))
                        .toList();
        assertEquals(List.of("snapshot.take tinh"), province);

        // the database refuses to change the record
        for (String statement : List.of(
                "UPDATE audit_entry SET actor = 'x'",
                "DELETE FROM audit_entry",
                "UPDATE snapshot_part SET content = '{}'",
                "DELETE FROM snapshot")) {
            assertThrows(SQLException.class, () -> sql.execute(statement), statement);
        }

        // and the sibling commune sees none of it
        Api xa2 = Api.as(client, "xa2");
        List<?> seen = (List<?>) xa2.get("/api/audit").body().get("entries");
        assertTrue(seen.stream().noneMatch(e -> "02947".equals(((Map<?, ?>) e).get("unitCode"))), String.valueOf(seen));
        assertEquals(
                HttpStatus.NOT_FOUND,
                xa2.get("/api/rollups/02947?campaign=" + campaign + "&period=2025" + "&snapshot=" + snapshot)
                        .getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                xa2.post(report, Map.of("action", "submit")).getStatus());
    }

    private static HttpResponse<Map> upload(Api api, long campaign, String rows) {
        return api.send(
                HttpRequest.POST(
                                "/api/campaigns/" + campaign + "/batches/registrations?period=2025",
                                (HEADER + rows).getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv"),
                Map.class);
    }

    private static Map<?, ?> rollup(Api api, long campaign, String unit, Long snapshot) {
        HttpResponse<Map> response = api.get("/api/rollups/" + unit + "?campaign=" + campaign + "&period=2025"
                + (snapshot == null ? "" : "&snapshot=" + snapshot));
        assertEquals(HttpStatus.OK, response.getStatus());
        return response.body();
    }

    private static Map<?, ?> totals(Map<?, ?> rollup) {
        return (Map<?, ?>) rollup.get("totals");
    }

    private static int field(Map<?, ?> rollup, String code) {
        return ((List<?>) totals(rollup).get("byField"))
                .stream()
                        .map(f -> (Map<?, ?>) f)
                        .filter(f -> code.equals(f.get("code")))
                        .mapToInt(f -> ((Number) f.get("models")).intValue())
                        .findFirst()
                        .orElseThrow();
    }

    private static String recomputed(Sql sql, long id) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection c = sql.connect();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT kind, unit_code, content FROM snapshot_part"
                        + " WHERE snapshot_id = " + id + " ORDER BY position")) {
            while (rs.next()) {
                digest.update((rs.getString(1) + " " + rs.getString(2) + "\n" + rs.getString(3) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String packText(Api api, long campaign, long snapshot) throws Exception {
        HttpResponse<Map> accepted = api.post(
                "/api/packs",
                Map.of(
                        "unitCode",
                        "15",
                        "campaignId",
                        campaign,
                        "period",
                        "2025",
                        "kind",
                        "tong-ket-nam",
                        "snapshotId",
                        snapshot));
        assertEquals(HttpStatus.ACCEPTED, accepted.getStatus());
        long id = ((Number) accepted.body().get("id")).longValue();
        Map<?, ?> status = Map.of();
        for (int i = 0; i < 480 && !"done".equals(status.get("status")); i++) {
            status = api.get("/api/packs/" + id).body();
            assertNotEquals("failed", status.get("status"), String.valueOf(status));
            Thread.sleep(250);
        }
        byte[] docx = api.send(HttpRequest.GET("/api/packs/" + id + "/file/docx"), byte[].class)
                .body();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return String.join(
                    "\n",
                    document.getParagraphs().stream()
                            .map(XWPFParagraph::getText)
                            .toList());
        }
    }
}
