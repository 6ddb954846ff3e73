package dvk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.ingest.SpreadsheetFiles;
import dvk.support.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUploadTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return WebClient.randomPort(DatabaseTest.super.getProperties());
    }

    static byte[] file(String name) {
        try (InputStream in = WebUploadTest.class.getResourceAsStream("/web/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> fields(String page, String mode) {
        Matcher campaign =
                Pattern.compile("name=\"phong-trao\" value=\"(\\d+)\"").matcher(page);
        Matcher period = Pattern.compile("name=\"ky\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(campaign.find() && period.find());
        return Map.of("phong-trao", campaign.group(1), "ky", period.group(1), "loai", "registrations", "che-do", mode);
    }

    @Test
    void aCheckShowsEveryErrorAndMarksTheBadCellsThenTheFixedFileIsStored() {
        WebClient browser = WebClient.loggedIn(server.getURI(), "huyen");
        String page = browser.get("/tai-len").body();
        String token = browser.csrfFrom(page);

        HttpResponse<String> check = browser.postMultipart(
                "/tai-len", fields(page, "kiem-tra"), "bao-yen.csv", file("bao-yen-errors.csv"), token);
        assertEquals(422, check.statusCode());
        assertTrue(check.body().contains("id=\"errors\""));
        assertTrue(check.body().contains("99999"));
        // the unknown code and the unknown status are red cells; the row without a field is marked as a row
        assertEquals(2, count(check.body(), "aria-invalid=\"true\""), check.body());
        assertTrue(check.body().contains("<th scope=\"row\" class=\"num bad\">5</th>"), check.body());

        HttpResponse<String> store =
                browser.postMultipart("/tai-len", fields(page, "luu"), "bao-yen.csv", file("bao-yen-fixed.csv"), token);
        assertEquals(200, store.statusCode(), store.body());
        assertTrue(store.body().contains("Đã lưu 5 dòng."), store.body());
        assertTrue(browser.get("/tai-len").body().contains("bao-yen.csv"));

        // what a click on the "Kinh tế" bar of the dashboard opens, and the export of the same models
        Map<String, String> picked = fields(page, "luu");
        String query = "?phong-trao=" + picked.get("phong-trao") + "&ky=" + picked.get("ky") + "&don-vi=087";
        String economy =
                browser.get("/bang-dieu-khien/mo-hinh" + query + "&linh-vuc=KT").body();
        assertEquals(2, count(economy, "<tr>") - 1, economy);
        assertTrue(economy.contains("Nuôi ong lấy mật"));
        HttpResponse<String> csv = browser.download("/bang-dieu-khien/xuat" + query + "&bang=models&dinh-dang=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Hiến đất làm đường"));
    }

    @Test
    void anUploadWithoutTheCsrfHeaderIsRefused() {
        WebClient browser = WebClient.loggedIn(server.getURI(), "huyen");
        String page = browser.get("/tai-len").body();
        HttpResponse<String> upload =
                browser.postMultipart("/tai-len", fields(page, "luu"), "bao-yen.csv", file("bao-yen-fixed.csv"), null);
        assertEquals(403, upload.statusCode());
    }

    @Test
    void templatesCarryTheCampaignsFields() {
        WebClient browser = WebClient.loggedIn(server.getURI(), "huyen");
        String page = browser.get("/tai-len").body();
        Matcher link = Pattern.compile("href=\"(/tai-len/mau/\\d+/registrations\\.csv)\"")
                .matcher(page);
        assertTrue(link.find());
        HttpResponse<String> template = browser.download(link.group(1));
        assertEquals(200, template.statusCode());
        assertTrue(template.body().contains("GPMB") || template.body().contains("Giải phóng mặt bằng"));
        assertEquals(
                "attachment; filename=\"mau-dang-ky-mo-hinh.csv\"",
                template.headers().firstValue("Content-Disposition").orElse(""));
        // an unknown kind or format is not found, not a server error
        assertEquals(
                404,
                browser.download(link.group(1).replace("registrations.csv", "bogus.csv"))
                        .statusCode());
        assertEquals(
                404, browser.download(link.group(1).replace(".csv", ".pdf")).statusCode());
    }

    /** Issue 16: an .xls shows its own cells; issue 18: a PNG or a 1,000,000-column sheet gets a message, fast. */
    @Test
    void anXlsShowsItsCellsAndAFileThatIsNotASheetOrTooWideGetsAMessageNotItsBytes() {
        WebClient browser = WebClient.loggedIn(server.getURI(), "huyen");
        String page = browser.get("/tai-len").body();
        String token = browser.csrfFrom(page);
        byte[] xls = SpreadsheetFiles.xls(List.of(
                List.of("STT", "Mã đơn vị", "Tên tập thể, cá nhân", "Loại", "Tên mô hình", "Kinh tế"),
                List.of("1", "99999", "Hội Phụ nữ thị trấn", "Tập thể", "Tiết kiệm vì phụ nữ nghèo", "x")));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};

        HttpResponse<String> sheet =
                browser.postMultipart("/tai-len", fields(page, "kiem-tra"), "bao-yen.xls", xls, token);
        HttpResponse<String> image =
                browser.postMultipart("/tai-len", fields(page, "kiem-tra"), "bao-yen.csv", png, token);
        byte[] wideFile = SpreadsheetFiles.wideXlsx(1_000_000);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        HttpResponse<String> wide =
                browser.postMultipart("/tai-len", fields(page, "kiem-tra"), "rong.xlsx", wideFile, token);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        System.out.printf(
                "Web preview of a 1M-column xlsx (%,d bytes): %d ms, heap %,d -> %,d MiB%n",
                wideFile.length, millis, heapBefore >> 20, heapAfter >> 20);

        assertEquals(422, sheet.statusCode());
        assertTrue(sheet.body().contains("Tiết kiệm vì phụ nữ nghèo"), sheet.body());
        assertEquals(1, count(sheet.body(), "aria-invalid=\"true\""), sheet.body());
        assertEquals(422, image.statusCode());
        assertTrue(image.body().contains("Tệp không phải bảng tính hoặc CSV"), image.body());
        assertTrue(!image.body().contains("IHDR") && !image.body().contains("PNG"), image.body());
        assertTrue(!image.body().contains("store-valid"), image.body());
        assertEquals(422, wide.statusCode());
        assertTrue(wide.body().contains("Dòng 1 có dữ liệu ở cột XFE"), wide.body());
        // 0.3 s on an idle machine; the bound leaves room for a loaded build machine
        assertTrue(millis < 30_000, millis + " ms");
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
