package dvk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebCampaignTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Inject
    ApplicationContext context;

    String province;
    String baoYen;

    @Override
    public Map<String, String> getProperties() {
        return WebClient.randomPort(DatabaseTest.super.getProperties());
    }

    @BeforeAll
    void findTheDemoCampaigns() throws SQLException {
        String list =
                WebClient.loggedIn(server.getURI(), "huyen").get("/phong-trao").body();
        Matcher link = Pattern.compile("href=\"/phong-trao/(\\d+)\">([^<]+)<").matcher(list);
        while (link.find()) {
            if (link.group(2).contains("2022")) {
                province = link.group(1);
            } else {
                baoYen = link.group(1);
            }
        }
        assertNotNull(province, "the campaign list links the province's 2022 campaign: " + list);
        assertNotNull(baoYen, "the campaign list links Bảo Yên's own campaign: " + list);
        Sql sql = Sql.of(context);
        assertEquals(
                "10",
                sql.text("SELECT u.code FROM campaign c JOIN unit u ON u.id = c.issuer_unit_id" + " WHERE c.id = "
                        + Long.parseLong(province)));
        assertEquals(
                "087",
                sql.text("SELECT u.code FROM campaign c JOIN unit u ON u.id = c.issuer_unit_id" + " WHERE c.id = "
                        + Long.parseLong(baoYen)));
    }

    @Test
    void aSubmitterSeesTheCampaignButCannotEditIt() {
        WebClient huyen = WebClient.loggedIn(server.getURI(), "huyen");
        HttpResponse<String> view = huyen.get("/phong-trao/" + province);
        assertEquals(200, view.statusCode());
        assertTrue(view.body().contains("Giải phóng mặt bằng"));
        assertTrue(view.body().contains("15/12/2024"));
        assertFalse(view.body().contains("id=\"edit-campaign\""));
        assertEquals(404, huyen.get("/phong-trao/" + province + "/sua").statusCode());
    }

    @Test
    void aSiblingDistrictCannotSeeBaoYensCampaign() {
        HttpResponse<String> page =
                WebClient.loggedIn(server.getURI(), "huyen2").get("/phong-trao/" + baoYen);
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Không tìm thấy trang"));
    }

    @Test
    void theManagerSeesValidationMessagesNextToTheInputsThenSaves() {
        WebClient tinh = WebClient.loggedIn(server.getURI(), "tinh");
        String form = tinh.get("/phong-trao/" + province + "/sua").body();
        Map<String, String> values = formValues(form);
        values.put("lastYear", "2019");
        values.put("fields[7].name", "Chuyển đổi số");

        HttpResponse<String> refused = tinh.postForm("/phong-trao/" + province + "/sua", values);
        assertEquals(422, refused.statusCode());
        assertTrue(
                refused.body().contains("id=\"lastYear-error\">Năm kết thúc phải từ năm bắt đầu trở đi.</span>"),
                refused.body());
        assertTrue(refused.body().contains("Thiếu mã lĩnh vực."));
        assertTrue(refused.body().contains("value=\"Chuyển đổi số\""));

        values.put("lastYear", "2025");
        values.put("fields[7].code", "CDS");
        HttpResponse<String> saved = tinh.postForm("/phong-trao/" + province + "/sua", values);
        assertEquals(303, saved.statusCode(), saved.body());
        String view =
                tinh.get(saved.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(view.contains("Đã lưu các thay đổi."));
        assertTrue(view.contains("Chuyển đổi số"));
        // the due dates went through the form by kind and came back unchanged (2023's registrations: 20/02/2023)
        assertTrue(view.contains("20/02/2023"), "a due date survives the edit");
    }

    @Test
    void theManagerLetsAHigherLevelApproveDirectly() {
        WebClient tinh = WebClient.loggedIn(server.getURI(), "tinh");
        String form = tinh.get("/phong-trao/" + baoYen + "/sua").body();
        assertTrue(form.contains("name=\"approvalFromAbove\""), form);
        Map<String, String> values = formValues(form);
        assertFalse(values.containsKey("approvalFromAbove"), "the demo campaign leaves approval to the unit above");

        values.put("approvalFromAbove", "true");
        HttpResponse<String> saved = tinh.postForm("/phong-trao/" + baoYen + "/sua", values);

        assertEquals(303, saved.statusCode(), saved.body());
        String view =
                tinh.get(saved.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(view.contains("id=\"approval-from-above\""), view);
        String again = tinh.get("/phong-trao/" + baoYen + "/sua").body();
        assertEquals("true", formValues(again).get("approvalFromAbove"));
    }

    /** The values a browser would send for the form as rendered: inputs and the selected options. */
    static Map<String, String> formValues(String html) {
        Map<String, String> values = new HashMap<>();
        Matcher input = Pattern.compile("<input[^>]*?name=\"([^\"]+)\"[^>]*?value=\"([^\"]*)\"[^>]*>")
                .matcher(html);
        while (input.find()) {
            // a browser sends a checkbox only when it is ticked
            boolean unticked = input.group().contains("type=\"checkbox\"")
                    && !input.group().contains("checked");
            if (!unticked) {
                values.put(input.group(1), unescape(input.group(2)));
            }
        }
        Matcher select = Pattern.compile("<select[^>]*name=\"([^\"]+)\">(.*?)</select>", Pattern.DOTALL)
                .matcher(html);
        while (select.find()) {
            Matcher chosen =
                    Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select.group(2));
            if (chosen.find()) {
                values.put(select.group(1), unescape(chosen.group(1)));
            }
        }
        return values;
    }

    private static String unescape(String value) {
        return value.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
