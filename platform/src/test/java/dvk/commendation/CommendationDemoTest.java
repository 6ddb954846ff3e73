package dvk.commendation;

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
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A whole commendation review on the demo (issue 19, items 1, 2 and 5): old Tỉnh Lào Cai's mid-term review of
 * 2023 with seed 001's quotas. The province gives shares to its districts, an over-allocation is refused, nine
 * concurrent allocations never take more than the quota, Huyện Bảo Yên proposes within its share and is refused
 * beyond it, the province decides, the ledger's remaining counts follow, and the packs print exactly the proposals
 * and decisions, each count equal to the rows printed. Loads the demo's data: about three minutes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommendationDemoTest implements DatabaseTest {

    private static final String PRAISE = "Ban Thường vụ tặng Giấy khen";
    private static final String DECISION = "45-QĐ/BTV";

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
    void aWholeReviewFromQuotasToDecisions() throws Exception {
        BlockingHttpClient client = http.toBlocking();
        Sql sql = Sql.of(context);
        Api tinh = Api.as(client, "tinh");
        Api huyen = Api.as(client, "huyen");
        long campaign = oldLaoCaiCampaign(tinh);
        String base = "/api/campaigns/" + campaign + "/commendation";
        long auditStart = sql.number("SELECT coalesce(max(id), 0) FROM audit_entry");

        // given: the province's page holds seed 001's four mid-term quotas, the province holding each whole
        Map<?, ?> province = ok(tinh.get(base + "?period=2023"));
        assertEquals("10", province.get("unitCode"));
        List<Map<?, ?>> quotas = maps(province.get("quotas"));
        assertEquals(
                List.of(15, 20, 15, 25),
                quotas.stream().map(q -> count(q, "count")).toList());
        Map<?, ?> collectives = quota(quotas, PRAISE, "collective");
        long praiseCollective = id(collectives);
        Map<?, ?> issuerLedger = maps(collectives.get("allocations")).get(0);
        assertEquals("10", issuerLedger.get("unitCode"));
        assertEquals(15, count(issuerLedger, "allocated"));
        assertEquals(15, count(issuerLedger, "remaining"));
        List<String> districts = maps(collectives.get("allocations")).stream()
                .skip(1)
                .map(a -> (String) a.get("unitCode"))
                .toList();
        assertTrue(districts.size() >= 9 && districts.contains("087") && districts.contains("085"), "" + districts);

        // when: the province gives Bảo Yên 5 and Bắc Hà 3 of the 15
        String share = base + "/quotas/" + praiseCollective + "/allocations/";
        assertEquals(5, count(ok(tinh.put(share + "087", Map.of("count", 5))), "allocated"));
        assertEquals(3, count(ok(tinh.put(share + "085", Map.of("count", 3))), "allocated"));
        // then: 8 more for a third district is over the 7 left, and refused in both languages
        String third = districts.stream()
                .filter(d -> !d.equals("087") && !d.equals("085"))
                .findFirst()
                .orElseThrow();
        HttpResponse<Map> over = tinh.put(share + third, Map.of("count", 8));
        assertEquals(422, over.code());
        Map<String, Object> problem = Api.errorBody(over);
        assertEquals("urn:dvk:problem:commendation-over-allocated", problem.get("type"));
        assertTrue(String.valueOf(problem.get("message_vi")).contains("Vượt chỉ tiêu"), "" + problem);
        assertTrue(String.valueOf(problem.get("message_en")).contains("Over the quota"), "" + problem);
        // a submitter of Bảo Yên cannot allocate, nor give the province's share to itself
        assertEquals(409, huyen.put(share + "087", Map.of("count", 15)).code());
        assertEquals(422, tinh.put(share + "10", Map.of("count", 1)).code());

        // concurrent allocations never exceed the parent: every district asks 4 of the award's 25 at once
        long award = id(quota(quotas, "Chủ tịch UBND tặng Giấy khen", "individual"));
        List<Integer> statuses = concurrently(tinh, base + "/quotas/" + award + "/allocations/", districts, 4);
        assertTrue(districts.size() >= 8, "at least eight concurrent requests: " + districts.size());
        assertEquals(25 / 4, statuses.stream().filter(s -> s == 200).count(), "" + statuses);
        assertEquals(
                districts.size() - 25 / 4,
                statuses.stream().filter(s -> s == 422).count(),
                "" + statuses);
        assertEquals(24, sql.number("SELECT sum(count) FROM commendation_allocation WHERE quota_id = " + award));

        // the database refuses an over-allocation by itself, even from eight connections at once
        long spare = id(quota(quotas, PRAISE, "individual"));
        List<Long> districtIds = new ArrayList<>();
        for (String code : districts) {
            districtIds.add(sql.number("SELECT id FROM unit WHERE code = '" + code
                    + "' AND valid_from <= '2023-12-31' AND coalesce(valid_to, 'infinity') >= '2023-12-31'"));
        }
        long tinhId = sql.number("SELECT id FROM app_user WHERE username = 'tinh'");
        int inserted = directly(sql, spare, districtIds, tinhId, 6);
        assertEquals(20 / 6, inserted);
        assertTrue(sql.number("SELECT sum(count) FROM commendation_allocation WHERE quota_id = " + spare) <= 20);
        SQLException refused = assertThrows(
                SQLException.class,
                () -> sql.execute("UPDATE commendation_allocation SET count = 21 WHERE quota_id = " + spare));
        assertEquals("DVK01", refused.getSQLState());

        // Bảo Yên's page: its share of 5, and its ranked candidates
        Map<?, ?> baoYen = ok(huyen.get(base + "?period=2023"));
        assertEquals("087", baoYen.get("unitCode"));
        Map<?, ?> own = maps(quota(maps(baoYen.get("quotas")), PRAISE, "collective")
                        .get("allocations"))
                .get(0);
        assertEquals(List.of(5, 0, 0, 5), ledger(own));
        List<Map<?, ?>> candidates = maps(baoYen.get("candidates")).stream()
                .filter(c -> "collective".equals(c.get("registrantType")))
                .toList();
        assertTrue(candidates.size() >= 7, "Bảo Yên has enough collective candidates: " + candidates.size());

        // proposals within the share are stored, the sixth is beyond it
        List<Long> proposals = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<Map> created = huyen.post(
                    base + "/proposals",
                    Map.of(
                            "quotaId",
                            praiseCollective,
                            "modelCode",
                            candidates.get(i).get("modelCode"),
                            "reason",
                            "Duy trì hiệu quả, lan tỏa trong thôn"));
            assertEquals(201, created.code(), String.valueOf(created.getBody(Map.class)));
            assertEquals("087", created.body().get("proposerCode"));
            proposals.add(id(created.body()));
        }
        HttpResponse<Map> beyond = huyen.post(
                base + "/proposals",
                Map.of(
                        "quotaId",
                        praiseCollective,
                        "modelCode",
                        candidates.get(5).get("modelCode"),
                        "reason",
                        "Tốt"));
        assertEquals(409, beyond.code());
        assertEquals(
                "urn:dvk:problem:commendation-share-exhausted",
                Api.errorBody(beyond).get("type"));
        // the same model twice, a model of another district, and a share below what is used are refused too
        HttpResponse<Map> twice = tinh.post(
                base + "/proposals",
                Map.of(
                        "quotaId",
                        praiseCollective,
                        "modelCode",
                        candidates.get(0).get("modelCode"),
                        "reason",
                        "Lại"));
        assertEquals(409, twice.code());
        assertEquals(
                "urn:dvk:problem:commendation-already-proposed",
                Api.errorBody(twice).get("type"));
        assertEquals(
                404,
                Api.as(client, "huyen2")
                        .post(
                                base + "/proposals",
                                Map.of(
                                        "quotaId",
                                        praiseCollective,
                                        "modelCode",
                                        candidates.get(6).get("modelCode"),
                                        "reason",
                                        "Tốt"))
                        .code());
        assertEquals(
                "urn:dvk:problem:commendation-share-below-used",
                Api.errorBody(tinh.put(share + "087", Map.of("count", 4))).get("type"));

        // decisions: only the issuer decides; three approved, one declined
        String decide = base + "/proposals/%d/decision";
        assertEquals(
                409,
                huyen.post(decide.formatted(proposals.get(0)), Map.of("approved", true))
                        .code());
        assertEquals(
                422,
                tinh.post(decide.formatted(proposals.get(0)), Map.of("approved", true))
                        .code());
        for (int i = 0; i < 3; i++) {
            Map<?, ?> decided = ok(tinh.post(
                    decide.formatted(proposals.get(i)),
                    Map.of(
                            "approved",
                            true,
                            "decisionNumber",
                            DECISION,
                            "decisionDate",
                            "2023-10-15",
                            "signer",
                            "Nguyễn Thị Minh Hạnh")));
            assertEquals("approved", decided.get("state"));
        }
        assertEquals(
                "declined",
                ok(tinh.post(decide.formatted(proposals.get(3)), Map.of("approved", false)))
                        .get("state"));
        assertEquals(
                409,
                tinh.post(decide.formatted(proposals.get(3)), Map.of("approved", false))
                        .code());

        // an approved decision is a step of the model's life; a declined proposal is not
        assertEquals("commended", lifeState(huyen, campaign, candidates.get(0)));
        assertTrue(!"commended".equals(lifeState(huyen, campaign, candidates.get(3))), "declined: not commended");

        // the ledger: 5 held, 4 proposed (one declined), 3 decided, 1 left, which Bảo Yên uses
        assertEquals(List.of(5, 4, 3, 1), ledger(baoYenLedger(huyen, base)));
        assertEquals(
                201,
                huyen.post(
                                base + "/proposals",
                                Map.of(
                                        "quotaId",
                                        praiseCollective,
                                        "modelCode",
                                        candidates.get(5).get("modelCode"),
                                        "reason",
                                        "Nhân rộng ra các thôn"))
                        .code());
        assertEquals(List.of(5, 5, 3, 0), ledger(baoYenLedger(huyen, base)));
        // the province: 15, of which 5 + 3 given out
        Map<?, ?> issuerNow = maps(quota(
                                maps(ok(tinh.get(base + "?period=2023")).get("quotas")), PRAISE, "collective")
                        .get("allocations"))
                .get(0);
        assertEquals(List.of(15, 0, 0, 7), ledger(issuerNow));
        Map<?, ?> page = ok(huyen.get(base + "?period=2023"));
        assertEquals(6, maps(page.get("proposals")).size());
        assertEquals(4, maps(page.get("decisions")).size());
        // Bắc Hà reads none of Bảo Yên's proposals
        Map<?, ?> bacHa = ok(Api.as(client, "huyen2").get(base + "?period=2023"));
        assertEquals(List.of(), bacHa.get("proposals"));

        // the audit trail has every step
        List<String> steps = maps(
                        tinh.get("/api/audit?action=commendation").body().get("entries"))
                .stream()
                .filter(e -> ((Number) e.get("id")).longValue() > auditStart)
                .map(e -> (String) e.get("action"))
                .distinct()
                .toList();
        assertEquals(List.of("commendation.allocate", "commendation.propose", "commendation.decide"), steps);

        // the year-end pack of the province lists the three decisions under their quota
        byte[][] provincePack = pack(tinh, campaign, "10", "tong-ket-nam");
        String text = pdfText(provincePack[0]);
        assertEquals(3, occurrences(text, "Quyết định số " + DECISION + " ngày 15/10/2023"), text);
        assertEquals(3, listed(text, PRAISE + " – tập thể được quyết định khen thưởng"), text);
        assertTrue(text.contains(PRAISE + ": chưa có cá nhân được quyết định khen thưởng."), text);
        // its quota table: Chỉ tiêu 15, Đã phân bổ 8, Đề nghị 5, Quyết định 3 — the 3 rows printed
        assertEquals(List.of("15", "8", "5", "3"), quotaRow(provincePack[1], PRAISE, "Tập thể"));
        assertTrue(occurrences(text, "Chưa có chỉ tiêu") == 0, "every type has a quota this review");

        // Bảo Yên's six-month pack lists the five proposals standing, no decision number
        byte[][] districtPack = pack(huyen, campaign, "087", "so-ket-6-thang");
        String districtText = pdfText(districtPack[0]);
        assertEquals(5, listed(districtText, PRAISE + " – tập thể được đề nghị khen thưởng"), districtText);
        assertEquals(5, occurrences(districtText, "), mô hình “"), districtText);
        assertEquals(0, occurrences(districtText, "Quyết định số " + DECISION), districtText);
        assertEquals(List.of("15", "5", "5", "3"), quotaRow(districtPack[1], PRAISE, "Tập thể"));
    }

    private static Map<?, ?> baoYenLedger(Api huyen, String base) {
        Map<?, ?> page = ok(huyen.get(base + "?period=2023"));
        return maps(quota(maps(page.get("quotas")), PRAISE, "collective").get("allocations"))
                .get(0);
    }

    private static List<Integer> ledger(Map<?, ?> allocation) {
        return List.of(
                count(allocation, "allocated"),
                count(allocation, "proposed"),
                count(allocation, "decided"),
                count(allocation, "remaining"));
    }

    /** Every unit asks {@code each} at the same moment; the statuses in the units' order. */
    private static List<Integer> concurrently(Api api, String share, List<String> units, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(units.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String unit : units) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.put(share + unit, Map.of("count", each)).code();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    /** Inserts a share for every unit from its own connection at once, bypassing the service; how many stood. */
    private static int directly(Sql sql, long quota, List<Long> units, long userId, int each) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(units.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> answers = new ArrayList<>();
            long province = sql.number("SELECT province_id FROM commendation_quota WHERE id = " + quota);
            for (long unit : units) {
                answers.add(pool.submit(() -> {
                    try (Connection c = sql.connect();
                            Statement st = c.createStatement()) {
                        start.await();
                        st.execute("INSERT INTO commendation_allocation (province_id, quota_id, unit_id, count,"
                                + " allocated_by, allocated_at) VALUES (" + province + ", " + quota + ", " + unit
                                + ", " + each + ", " + userId + ", now())");
                        return true;
                    } catch (SQLException e) {
                        assertEquals("DVK01", e.getSQLState(), e.getMessage());
                        return false;
                    }
                }));
            }
            start.countDown();
            int stood = 0;
            for (Future<Boolean> answer : answers) {
                stood += answer.get() ? 1 : 0;
            }
            return stood;
        } finally {
            pool.shutdown();
        }
    }

    /** The PDF and DOCX of a pack of period 2023. */
    private static Object lifeState(Api api, long campaign, Map<?, ?> candidate) {
        Map<?, ?> history = ok(api.get("/api/models/" + candidate.get("modelCode") + "/history?campaign=" + campaign
                + "&unit=" + candidate.get("unitCode")));
        return ((Map<?, ?>) history.get("life")).get("state");
    }

    private static byte[][] pack(Api api, long campaign, String unit, String kind) throws Exception {
        HttpResponse<Map> accepted = api.post(
                "/api/packs", Map.of("unitCode", unit, "campaignId", campaign, "period", "2023", "kind", kind));
        assertEquals(202, accepted.code(), String.valueOf(accepted.getBody(Map.class)));
        long id = id(accepted.body());
        Map<?, ?> status = Map.of();
        for (int i = 0; i < 480 && !"done".equals(status.get("status")); i++) {
            status = api.get("/api/packs/" + id).body();
            assertNotEquals("failed", status.get("status"), String.valueOf(status));
            Thread.sleep(250);
        }
        assertEquals("done", status.get("status"));
        return new byte[][] {
            api.send(HttpRequest.GET("/api/packs/" + id + "/file/pdf"), byte[].class)
                    .body(),
            api.send(HttpRequest.GET("/api/packs/" + id + "/file/docx"), byte[].class)
                    .body()
        };
    }

    /** The PDF's text with every run of white space as one space, so a wrapped line reads whole. */
    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
    }

    /** The count a list's heading prints, "… (n):", checked against the numbered entries under it. */
    private static int listed(String text, String heading) {
        Matcher m = Pattern.compile(Pattern.quote(heading) + " \\((\\d+)\\):").matcher(text);
        assertTrue(m.find(), "no list " + heading);
        int printed = Integer.parseInt(m.group(1));
        String after = text.substring(m.end());
        for (int i = 1; i <= printed; i++) {
            assertTrue(after.contains(" " + i + ". "), "entry " + i + " of " + heading);
        }
        return printed;
    }

    /** Chỉ tiêu, Đã phân bổ, Đề nghị, Quyết định of a quota row of the DOCX's quota table. */
    private static List<String> quotaRow(byte[] docx, String award, String type) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (XWPFTable table : document.getTables()) {
                XWPFTableRow head = table.getRow(0);
                if (head.getTableCells().size() != 8
                        || !head.getCell(7).getText().equals("Quyết định")) {
                    continue;
                }
                for (XWPFTableRow row : table.getRows()) {
                    if (row.getCell(2).getText().equals(award)
                            && row.getCell(3).getText().equals(type)) {
                        return List.of(4, 5, 6, 7).stream()
                                .map(i -> row.getCell(i).getText())
                                .toList();
                    }
                }
            }
        }
        throw new AssertionError("no quota row " + award + " " + type);
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
            n++;
        }
        return n;
    }

    private static long oldLaoCaiCampaign(Api api) {
        for (Object c : (List<?>) api.getAny("/api/campaigns").body()) {
            Map<?, ?> found = (Map<?, ?>) c;
            if ("10".equals(found.get("issuerCode"))) {
                return ((Number) found.get("id")).longValue();
            }
        }
        throw new IllegalStateException("No campaign of old Lào Cai");
    }

    private static Map<?, ?> quota(List<Map<?, ?>> quotas, String award, String type) {
        return quotas.stream()
                .filter(q -> award.equals(q.get("award")) && type.equals(q.get("registrantType")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no quota " + award + " " + type + " in " + quotas));
    }

    private static Map<?, ?> ok(HttpResponse<Map> response) {
        assertEquals(200, response.code(), String.valueOf(response.getBody(Map.class)));
        return response.body();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> maps(Object list) {
        return (List<Map<?, ?>>) list;
    }

    private static int count(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).intValue();
    }

    private static long id(Map<?, ?> map) {
        return ((Number) map.get("id")).longValue();
    }
}
