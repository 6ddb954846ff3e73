package dvk.documents;

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
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Each unit issues its own documents (issue 13): a commune's and a district's pack carry their own header,
 * signing line, signer and recipients, not the province's; a manager saves a unit's profile, and a signing
 * line that does not belong under the issuing body is refused.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentProfileTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    BlockingHttpClient client;
    long presentCampaign;
    long baoYenCampaign;

    @BeforeAll
    void findTheCampaigns() throws SQLException {
        client = http.toBlocking();
        Sql sql = Sql.of(context);
        presentCampaign = sql.number("SELECT c.id FROM campaign c JOIN unit u ON u.id = c.issuer_unit_id"
                + " WHERE u.code = '15' AND c.first_year = 2025");
        baoYenCampaign = sql.number(
                "SELECT c.id FROM campaign c JOIN unit u ON u.id = c.issuer_unit_id" + " WHERE u.code = '087'");
        assertTrue(presentCampaign > 0 && baoYenCampaign > 0, "the demo campaigns are loaded");
    }

    @Test
    void aCommuneDefaultsToItsPartyCommitteeUnderTheProvince() {
        Map<?, ?> profile =
                Api.as(client, "xa").get("/api/units/02947/document-profile").body();
        assertEquals("ĐẢNG BỘ TỈNH LÀO CAI", profile.get("superiorBody"));
        assertEquals("ĐẢNG ỦY XÃ BẢO YÊN", profile.get("issuingBody"));
        assertEquals("BC/ĐU", profile.get("documentSymbol"));
        assertEquals("T/M BAN THƯỜNG VỤ", profile.get("signerOnBehalf"));
        assertEquals("BÍ THƯ", profile.get("signerTitle"));
        assertEquals(false, profile.get("saved"));
        assertEquals("Ban Dân vận Tỉnh ủy Lào Cai (để b/c)", ((List<?>) profile.get("recipients")).get(0));
    }

    @Test
    void aFormerDistrictDefaultsToItsBanDanVanSignedByItsHead() {
        Map<?, ?> profile = Api.as(client, "huyen")
                .get("/api/units/087/document-profile?on=2024-06-01")
                .body();
        assertEquals("HUYỆN ỦY BẢO YÊN", profile.get("superiorBody"));
        assertEquals("BAN DÂN VẬN", profile.get("issuingBody"));
        assertEquals("BC/BDVHU", profile.get("documentSymbol"));
        assertNull(profile.get("signerOnBehalf"), "a Ban's head signs without T/M");
        assertEquals("TRƯỞNG BAN", profile.get("signerTitle"));
    }

    @Test
    void aSiblingCommuneCannotReadTheProfile() {
        HttpResponse<Map> response =
                Api.as(client, "xa2").send(HttpRequest.GET("/api/units/02947/document-profile"), Map.class);
        assertEquals(404, response.code());
    }

    @Test
    void aBanSignedOnBehalfOfTheStandingBoardIsRefused() {
        Map<String, Object> profile = profile("BAN DÂN VẬN", "T/M BAN THƯỜNG VỤ", "TRƯỞNG BAN", "Nguyễn Văn A");
        HttpResponse<Map> refused = Api.as(client, "tinh").put("/api/units/15/document-profile", profile);
        assertEquals(422, refused.code());
        Map<String, Object> problem = Api.errorBody(refused);
        assertEquals("urn:dvk:problem:document-ban-signing-line", problem.get("type"));
        assertTrue(String.valueOf(problem.get("message_vi")).contains("TRƯỞNG BAN"));
        assertTrue(String.valueOf(problem.get("message_en")).contains("Ban's document"));
    }

    @Test
    void aSubmitterCannotSaveTheProfile() {
        HttpResponse<Map> refused = Api.as(client, "xa")
                .put(
                        "/api/units/02947/document-profile",
                        profile("ĐẢNG ỦY XÃ BẢO YÊN", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Lò Văn Xa"));
        assertEquals(404, refused.code());
    }

    @Test
    void theCommunesPackCarriesItsOwnSavedProfileAndTheChosenDate() throws Exception {
        Map<String, Object> profile = profile("ĐẢNG ỦY XÃ BẢO YÊN", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Hoàng Thị Lan");
        profile.put("recipients", List.of("Ban Dân vận Tỉnh ủy (để b/c)", "Các chi bộ thôn, tổ dân phố", "Lưu VP"));
        HttpResponse<Map> saved = Api.as(client, "tinh").put("/api/units/02947/document-profile", profile);
        assertEquals(200, saved.code(), String.valueOf(saved.body()));
        assertEquals(true, saved.body().get("saved"));

        String text = packText(
                "xa",
                Map.of(
                        "unitCode",
                        "02947",
                        "campaignId",
                        presentCampaign,
                        "period",
                        "2025",
                        "kind",
                        "tong-ket-nam",
                        "date",
                        "2025-12-18"));
        assertTrue(text.contains("ĐẢNG ỦY XÃ BẢO YÊN"), text);
        assertTrue(text.contains("PHÓ BÍ THƯ") && text.contains("Hoàng Thị Lan"), "its own signer");
        assertTrue(text.contains("Các chi bộ thôn, tổ dân phố"), "its own recipients");
        assertTrue(text.contains("Bảo Yên, ngày 18 tháng 12 năm 2025"), "the chosen date");
        assertFalse(text.contains("Nguyễn Thị Minh Hạnh"), "not the province's signer");
        assertFalse(text.contains("Các đảng ủy xã, phường"), "not the province's recipients");
        assertFalse(text.contains("null"), "no null printed: " + around(text, "null"));
    }

    @Test
    void theDistrictsOwnCampaignPackIsSignedForTheHuyenUy() throws Exception {
        String text = packText(
                "huyen",
                Map.of("unitCode", "087", "campaignId", baoYenCampaign, "period", "2024", "kind", "tong-ket-nam"));
        assertTrue(text.contains("HUYỆN ỦY BẢO YÊN"));
        assertTrue(text.contains("T/M BAN THƯỜNG VỤ") && text.contains("PHÓ BÍ THƯ"));
        assertTrue(text.contains("Hoàng Văn Thắng"));
        // a pack about 2024 asked for in December 2026 is dated at the end of its period, not today
        assertTrue(text.contains("Bảo Yên, ngày 14 tháng 12 năm 2024"), "the period's last day");
        assertFalse(text.contains("null"), "no null printed: " + around(text, "null"));
    }

    private static String around(String text, String word) {
        int at = text.indexOf(word);
        return at < 0 ? "" : text.substring(Math.max(0, at - 300), Math.min(text.length(), at + 100));
    }

    private static Map<String, Object> profile(String issuing, String onBehalf, String title, String name) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("superiorBody", "ĐẢNG BỘ TỈNH LÀO CAI");
        profile.put("issuingBody", issuing);
        profile.put("documentSymbol", "BC/ĐU");
        profile.put("placeName", "Bảo Yên");
        profile.put("signerOnBehalf", onBehalf);
        profile.put("signerTitle", title);
        profile.put("signerName", name);
        profile.put("recipients", List.of("Lưu VT"));
        return profile;
    }

    private String packText(String user, Map<String, Object> request) throws InterruptedException, IOException {
        Api api = Api.as(client, user);
        HttpResponse<Map> accepted = api.post("/api/packs", request);
        assertEquals(202, accepted.code(), String.valueOf(accepted.body()));
        long id = ((Number) accepted.body().get("id")).longValue();
        String status = "";
        for (int i = 0; i < 240 && !"done".equals(status); i++) {
            status = String.valueOf(api.get("/api/packs/" + id).body().get("status"));
            assertFalse("failed".equals(status), "pack " + id + " failed");
            Thread.sleep(250);
        }
        assertEquals("done", status);
        HttpResponse<byte[]> pdf = api.send(HttpRequest.GET("/api/packs/" + id + "/file/pdf"), byte[].class);
        assertEquals(200, pdf.code());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertSignatureSharesItsPage(document);
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
        }
    }

    /** The page with "Nơi nhận" and the signature also carries the end of the text, as a typist keeps it. */
    private static void assertSignatureSharesItsPage(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String onPage = Normalizer.normalize(stripper.getText(document), Normalizer.Form.NFC);
            int signature = onPage.indexOf("Nơi nhận:");
            if (signature >= 0) {
                String before = onPage.substring(0, signature)
                        .lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("Số liệu tính đến"))
                        .reduce("", String::concat);
                assertTrue(before.length() > 20, "page " + page + " holds the signature alone: " + onPage);
                return;
            }
        }
        throw new AssertionError("no page carries the signature block");
    }
}
