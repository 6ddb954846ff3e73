package dvk.snapshots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import dvk.time.Vietnam;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Freezing a period's figures: what is kept, its hash, reading it back, and that nothing can change it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotApiTest implements DatabaseTest {

    static final String HEADER = "Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT,VHXH\n";

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
        sql = Sql.of(context);
        for (Object c : (List<?>) tinh.getAny("/api/campaigns").body()) {
            if (String.valueOf(((Map<?, ?>) c).get("name")).contains("2025–2026")) {
                campaign = ((Number) ((Map<?, ?>) c).get("id")).longValue();
            }
        }
    }

    @Test
    void theFrozenFiguresStayWhenACommuneCorrectsARowAndTheHashIsRecomputable() throws Exception {
        // given two registrations of Xã Bảo Yên, frozen by the province
        assertEquals(
                HttpStatus.CREATED,
                upload(HEADER + "02947,HTX chè Bảo Yên,Tập thể,Chè sạch,1,\n"
                                + "02947,Chi bộ thôn 1,Tập thể,Đường hoa,,1\n")
                        .getStatus());
        Map<?, ?> communeBefore = rollup("02947", null);
        Map<?, ?> provinceBefore = rollup("15", null);
        assertEquals(2, totals(communeBefore).get("models"));
        HttpResponse<Map> taken =
                tinh.post("/api/snapshots", Map.of("campaignId", campaign, "period", "2025", "unitCode", "15"));
        assertEquals(HttpStatus.CREATED, taken.getStatus(), String.valueOf(taken.body()));
        long id = ((Number) taken.body().get("id")).longValue();
        String sha256 = (String) taken.body().get("sha256");
        assertEquals("tinh", taken.body().get("takenBy"));
        assertEquals(2, ((Number) taken.body().get("models")).intValue());
        assertTrue(((Number) taken.body().get("units")).intValue() > 1, String.valueOf(taken.body()));

        // when the commune corrects a row (the second model now counts in KT too) after the freeze
        assertEquals(
                HttpStatus.CREATED,
                upload(HEADER + "02947,Chi bộ thôn 1,Tập thể,Đường hoa,1,1\n").getStatus());

        // then the current figures moved by exactly that row, and the frozen ones did not
        Map<?, ?> communeNow = rollup("02947", null);
        assertEquals(fieldCount(communeBefore, "KT") + 1, fieldCount(communeNow, "KT"));
        assertEquals(fieldCount(communeBefore, "VHXH"), fieldCount(communeNow, "VHXH"));
        assertEquals(communeBefore, rollup("02947", id));
        assertEquals(provinceBefore, rollup("15", id));
        assertNotEquals(provinceBefore, rollup("15", null));
        assertEquals(sha256, recomputed(sql, id));
        assertEquals(sha256, tinh.get("/api/snapshots/" + id).body().get("sha256"));

        // and the pack made from the freeze cites it and lists the correction as an update layer
        String freezeLine =
                "Số liệu chốt ngày " + LocalDate.now(Vietnam.ZONE).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + " (mã " + id + "-" + sha256.substring(0, 8) + ")";
        long pack = pack(id);
        String pdf = packText(file(pack, "pdf"));
        assertTrue(pdf.contains(freezeLine), pdf);
        assertTrue(pdf.contains("SỐ LIỆU CẬP NHẬT SAU NGÀY CHỐT"), pdf);
        String docx = docxText(file(pack, "docx"));
        assertTrue(docx.contains(freezeLine), docx);
        assertTrue(
                docx.contains("Xã Bảo Yên (02947): Lĩnh vực Kinh tế: " + fieldCount(communeBefore, "KT") + " → "
                        + (fieldCount(communeBefore, "KT") + 1) + "."),
                docx);
        assertTrue(!docx.contains("Tỉnh Lào Cai (15):"), "only the lowest unit that changed is listed");
    }

    @Test
    void aPackFromAFreezePrintsTheFrozenAnnexLinesAndTheLaterOnesOnlyAsAnUpdate() throws Exception {
        // given a registration of Xã Bảo Hà in 2026 (no other test writes there), frozen by the province
        assertEquals(
                HttpStatus.CREATED,
                upload(xa2, "2026", HEADER + "02989,Tổ hợp tác mây tre,Tập thể,Đan lát truyền thống,1,\n")
                        .getStatus());
        HttpResponse<Map> taken =
                tinh.post("/api/snapshots", Map.of("campaignId", campaign, "period", "2026", "unitCode", "15"));
        assertEquals(HttpStatus.CREATED, taken.getStatus(), String.valueOf(taken.body()));
        long id = ((Number) taken.body().get("id")).longValue();
        assertEquals(
                1,
                sql.number("SELECT count(*) FROM snapshot_part WHERE snapshot_id = " + id
                        + " AND kind = 'registrations'"));
        long frozenModels = ((Number)
                        totals(tinh.get("/api/rollups/02989?campaign=" + campaign + "&period=2026&snapshot=" + id)
                                        .body())
                                .get("models"))
                .longValue();

        // when the commune registers another model after the freeze
        assertEquals(
                HttpStatus.CREATED,
                upload(xa2, "2026", HEADER + "02989,Hội Cựu chiến binh xã,Tập thể,Vườn cây nghĩa tình,1,\n")
                        .getStatus());

        // then the pack from the freeze lists the frozen lines in its annex, and the new model only as an update
        String docx = docxAllText(file(pack(id, "2026"), "docx"));
        assertTrue(docx.contains("Tổ hợp tác mây tre"), docx);
        assertFalse(docx.contains("Hội Cựu chiến binh xã"), "a line registered after the freeze is not in its annex");
        assertTrue(
                docx.contains("Xã Bảo Hà (02989): Tổng số mô hình: " + frozenModels + " → " + (frozenModels + 1)),
                docx);
        // while a pack of the current figures lists it
        assertTrue(docxAllText(file(pack(null, "2026"), "docx")).contains("Hội Cựu chiến binh xã"));
    }

    private long pack(long snapshot) throws InterruptedException {
        return pack(snapshot, "2025");
    }

    private long pack(Long snapshot, String period) throws InterruptedException {
        Map<String, Object> request = new java.util.HashMap<>(
                Map.of("unitCode", "15", "campaignId", campaign, "period", period, "kind", "tong-ket-nam"));
        if (snapshot != null) {
            request.put("snapshotId", snapshot);
        }
        HttpResponse<Map> accepted = tinh.post("/api/packs", request);
        assertEquals(HttpStatus.ACCEPTED, accepted.getStatus(), String.valueOf(accepted.getBody(Map.class)));
        long packId = ((Number) accepted.body().get("id")).longValue();
        Map<?, ?> status = Map.of();
        for (int i = 0; i < 240 && !"done".equals(status.get("status")); i++) {
            status = tinh.get("/api/packs/" + packId).body();
            assertNotEquals("failed", status.get("status"), String.valueOf(status));
            Thread.sleep(250);
        }
        return packId;
    }

    /** Paragraphs and tables: the annex is a table. */
    private static String docxAllText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            return text.getText();
        }
    }

    private byte[] file(long packId, String format) {
        HttpResponse<byte[]> file =
                tinh.send(HttpRequest.GET("/api/packs/" + packId + "/file/" + format), byte[].class);
        assertEquals(HttpStatus.OK, file.getStatus());
        return file.body();
    }

    private static String packText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
        }
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return String.join(
                    "\n",
                    document.getParagraphs().stream()
                            .map(XWPFParagraph::getText)
                            .toList());
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveFrozenRowsAndAuditEntries() throws SQLException {
        upload(HEADER + "02947,Hội Cựu chiến binh,Tập thể,Tổ hòa giải,1,\n");
        HttpResponse<Map> taken =
                tinh.post("/api/snapshots", Map.of("campaignId", campaign, "period", "2025", "unitCode", "02947"));
        long id = ((Number) taken.body().get("id")).longValue();
        assertTrue(sql.number("SELECT count(*) FROM audit_entry") > 0);

        for (String statement : List.of(
                "UPDATE snapshot SET sha256 = repeat('0', 64) WHERE id = " + id,
                "DELETE FROM snapshot_part WHERE snapshot_id = " + id,
                "UPDATE snapshot_part SET content = '{}' WHERE snapshot_id = " + id,
                "DELETE FROM snapshot WHERE id = " + id,
                "TRUNCATE snapshot_part",
                "UPDATE audit_entry SET actor = 'someone else'",
                "DELETE FROM audit_entry",
                "TRUNCATE audit_entry")) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute(statement), statement);
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
        assertEquals(taken.body().get("sha256"), TextQuery.of(sql, "SELECT sha256 FROM snapshot WHERE id = " + id));
    }

    @Test
    void onlyAManagerFreezesAndASiblingReadsNoneOfIt() {
        upload(HEADER + "02947,Đoàn Thanh niên,Tập thể,Thắp sáng đường quê,1,\n");
        HttpResponse<Map> taken =
                tinh.post("/api/snapshots", Map.of("campaignId", campaign, "period", "2025", "unitCode", "02947"));
        long id = ((Number) taken.body().get("id")).longValue();

        HttpResponse<Map> bySubmitter =
                xa.post("/api/snapshots", Map.of("campaignId", campaign, "period", "2025", "unitCode", "02947"));
        HttpResponse<Map> seenBySibling = xa2.get("/api/snapshots/" + id);
        HttpResponse<Map> readBySibling =
                xa2.get("/api/rollups/02947?campaign=" + campaign + "&period=2025" + "&snapshot=" + id);

        assertEquals(HttpStatus.NOT_FOUND, bySubmitter.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, seenBySibling.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, readBySibling.getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND, xa2.get("/api/snapshots/" + (id + 1000)).getStatus());
        assertEquals(HttpStatus.OK, xa.get("/api/snapshots/" + id).getStatus());
    }

    private HttpResponse<Map> upload(String csv) {
        return upload(xa, "2025", csv);
    }

    private HttpResponse<Map> upload(Api api, String period, String csv) {
        return api.send(
                HttpRequest.POST(
                                "/api/campaigns/" + campaign + "/batches/registrations?period=" + period,
                                csv.getBytes(StandardCharsets.UTF_8))
                        .contentType("text/csv"),
                Map.class);
    }

    private Map<?, ?> rollup(String unit, Long snapshot) {
        HttpResponse<Map> response = tinh.get("/api/rollups/" + unit + "?campaign=" + campaign + "&period=2025"
                + (snapshot == null ? "" : "&snapshot=" + snapshot));
        assertEquals(HttpStatus.OK, response.getStatus(), String.valueOf(response.getBody(Map.class)));
        return response.body();
    }

    private static Map<?, ?> totals(Map<?, ?> rollup) {
        return (Map<?, ?>) rollup.get("totals");
    }

    private static int fieldCount(Map<?, ?> rollup, String code) {
        return ((List<?>) totals(rollup).get("byField"))
                .stream()
                        .map(f -> (Map<?, ?>) f)
                        .filter(f -> code.equals(f.get("code")))
                        .mapToInt(f -> ((Number) f.get("models")).intValue())
                        .findFirst()
                        .orElseThrow();
    }

    /** The documented hash over the stored parts, computed here from the rows alone. */
    static String recomputed(Sql sql, long id) throws Exception {
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

    /** One text value of a query. */
    private static final class TextQuery {
        static String of(Sql sql, String query) throws SQLException {
            try (Connection c = sql.connect();
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery(query)) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
