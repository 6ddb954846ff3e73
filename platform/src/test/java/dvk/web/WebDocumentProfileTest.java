package dvk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A commune's document profile is kept from the packs page by the manager above it, with the refusal in place. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebDocumentProfileTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Inject
    ApplicationContext context;

    String page;

    @Override
    public Map<String, String> getProperties() {
        return WebClient.randomPort(DatabaseTest.super.getProperties());
    }

    @BeforeAll
    void findThePresentCampaign() throws SQLException {
        long campaign = Sql.of(context)
                .number("SELECT c.id FROM campaign c JOIN unit u ON u.id = c.issuer_unit_id"
                        + " WHERE u.code = '15' AND c.first_year = 2025");
        assertTrue(campaign > 0, "the demo's present campaign is loaded");
        page = "/bo-tai-lieu?phong-trao=" + campaign + "&ky=2025&don-vi=02947";
    }

    @Test
    void theManagerSeesTheDefaultsIsRefusedAWrongSigningLineAndSaves() {
        WebClient tinh = WebClient.loggedIn(server.getURI(), "tinh");
        HttpResponse<String> shown = tinh.get(page);
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("value=\"ĐẢNG ỦY XÃ BẢO YÊN\""), "the commune's default issuing body");
        Map<String, String> form = WebCampaignTest.formValues(shown.body());
        assertTrue(form.containsKey("_csrf") && form.containsKey("co-quan"), "the profile form is on the page");

        form.put("co-quan", "BAN DÂN VẬN");
        form.put("thay-mat", "T/M BAN THƯỜNG VỤ");
        form.put("chuc-vu-ky", "TRƯỞNG BAN");
        HttpResponse<String> refused = tinh.postForm("/bo-tai-lieu/ho-so", form);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("Văn bản của Ban ký"), "the refusal beside the form");
        assertTrue(refused.body().contains("value=\"BAN DÂN VẬN\""), "what was typed is kept");

        form.put("co-quan", "ĐẢNG ỦY XÃ BẢO YÊN");
        form.put("chuc-vu-ky", "BÍ THƯ");
        form.put("ho-ten-ky", "Vàng Seo Lử");
        form.put("noi-nhan", "Ban Dân vận Tỉnh ủy (để b/c)\nCác chi bộ\n");
        HttpResponse<String> saved = tinh.postForm("/bo-tai-lieu/ho-so", form);
        assertEquals(303, saved.statusCode(), saved.body());
        String after =
                tinh.get(saved.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(after.contains("value=\"Vàng Seo Lử\""));
        assertTrue(after.contains("Đơn vị đã lưu hồ sơ này"));
    }

    @Test
    void theCommunesSubmitterCannotSaveIt() {
        WebClient xa = WebClient.loggedIn(server.getURI(), "xa");
        HttpResponse<String> shown = xa.get(page);
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("id=\"profile-form\""), "the profile is shown to the submitter");
        Map<String, String> form = WebCampaignTest.formValues(shown.body());
        form.put("ho-ten-ky", "Người khác");
        assertEquals(404, xa.postForm("/bo-tai-lieu/ho-so", form).statusCode());
    }
}
