package dvk.web;

import dvk.support.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Matcher campaign = Pattern.compile("name=\"phong-trao\" value=\"(\\d+)\"").matcher(page);
        Matcher period = Pattern.compile("name=\"ky\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(campaign.find() && period.find());
        return Map.of("phong-trao", campaign.group(1), "ky", period.group(1), "loai", "registrations", "che-do", mode);
    }

    @Test
    void aCheckShowsEveryErrorAndMarksTheBadCellsThenTheFixedFileIsStored() {
        WebClient browser = WebClient.loggedIn(server.getURI(), "huyen");
        String page = browser.get("/tai-len").body();
        String token = browser.csrfFrom(page);

        HttpResponse<String> check = browser.postMultipart("/tai-len", fields(page, "kiem-tra"), "bao-yen.csv",
                file("bao-yen-errors.csv"), token);
        assertEquals(422, check.statusCode());
        assertTrue(check.body().contains("id=\"errors\""));
        assertTrue(check.body().contains("99999"));
        // the unknown code and the unknown status are red cells; the row without a field is marked as a row
        assertEquals(2, count(check.body(), "aria-invalid=\"true\""), check.body());
        assertTrue(check.body().contains("<th scope=\"row\" class=\"num bad\">5</th>"), check.body());

        HttpResponse<String> store = browser.postMultipart("/tai-len", fields(page, "luu"), "bao-yen.csv",
                file("bao-yen-fixed.csv"), token);
        assertEquals(200, store.statusCode(), store.body());
        assertTrue(store.body().contains("Đã lưu 5 dòng."), store.body());
        assertTrue(browser.get("/tai-len").body().contains("bao-yen.csv"));

        // what a click on the "Kinh tế" bar of the dashboard opens, and the export of the same models
        Map<String, String> picked = fields(page, "luu");
        String query = "?phong-trao=" + picked.get("phong-trao") + "&ky=" + picked.get("ky") + "&don-vi=087";
        String economy = browser.get("/bang-dieu-khien/mo-hinh" + query + "&linh-vuc=KT").body();
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
        HttpResponse<String> upload = browser.postMultipart("/tai-len", fields(page, "luu"), "bao-yen.csv",
                file("bao-yen-fixed.csv"), null);
        assertEquals(403, upload.statusCode());
    }

    @Test
    void templatesCarryTheCampaignsFields() {
        WebClient browser = WebClient.loggedIn(server.getURI(), "huyen");
        String page = browser.get("/tai-len").body();
        Matcher link = Pattern.compile("href=\"(/tai-len/mau/\\d+/registrations\\.csv)\"").matcher(page);
        assertTrue(link.find());
        HttpResponse<String> template = browser.download(link.group(1));
        assertEquals(200, template.statusCode());
        assertTrue(template.body().contains("GPMB") || template.body().contains("Giải phóng mặt bằng"));
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
