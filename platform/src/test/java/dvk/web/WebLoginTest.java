package dvk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebLoginTest implements DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return WebClient.randomPort(DatabaseTest.super.getProperties());
    }

    @Test
    void anonymousBrowserIsSentToTheLoginForm() {
        HttpResponse<String> page = new WebClient(server.getURI()).get("/bang-dieu-khien");
        assertEquals(303, page.statusCode());
        assertEquals(
                "/dang-nhap?next=%2Fbang-dieu-khien",
                page.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void loginSetsAnHttpOnlyLaxSessionCookieAndShowsTheUnit() {
        WebClient browser = WebClient.loggedIn(server.getURI(), "huyen");
        var session = browser.cookie(SessionCookie.NAME).orElseThrow();
        assertTrue(session.isHttpOnly());
        HttpResponse<String> dashboard = browser.get("/");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("Huyện Bảo Yên"), dashboard.body());
        assertTrue(dashboard.body().contains("Thị trấn Phố Ràng"));
        assertTrue(dashboard
                .headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .contains("script-src 'self'"));
    }

    @Test
    void everyRoleHasADashboard() {
        assertTrue(WebClient.loggedIn(server.getURI(), "tinh").get("/").body().contains("<h1>Tỉnh Lào Cai</h1>"));
        // xa is today's Xã Bảo Yên (since 1/7/2025), formed from Thị trấn Phố Ràng and three communes
        String commune = WebClient.loggedIn(server.getURI(), "xa").get("/").body();
        assertTrue(commune.contains("<h1>Xã Bảo Yên</h1>"), commune);
        assertTrue(
                commune.contains("Trước đây là")
                        && commune.contains("Thị trấn Phố Ràng")
                        && commune.contains("Xã Lương Sơn"),
                "the dashboard names the communes it was formed from");
        HttpResponse<String> admin =
                WebClient.loggedIn(server.getURI(), "admin").get("/");
        assertEquals(200, admin.statusCode());
        assertTrue(admin.body().contains("Tỉnh Lào Cai"));
    }

    @Test
    void wrongPasswordShowsTheFormAgainInVietnamese() {
        WebClient browser = new WebClient(server.getURI());
        String token = browser.csrf();
        HttpResponse<String> page =
                browser.postForm("/dang-nhap", Map.of("username", "huyen", "password", "sai", "_csrf", token));
        assertEquals(401, page.statusCode());
        assertTrue(page.body().contains("Tên đăng nhập hoặc mật khẩu không đúng."));
        assertTrue(browser.cookie(SessionCookie.NAME).isEmpty());
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() {
        WebClient browser = new WebClient(server.getURI());
        browser.csrf();
        HttpResponse<String> page = browser.postForm(
                "/dang-nhap", Map.of("username", "huyen", "password", WebClient.PASSWORD, "_csrf", "forged"));
        assertEquals(403, page.statusCode());
        assertTrue(page.body().contains("Biểu mẫu đã hết hạn"));
        assertTrue(browser.cookie(SessionCookie.NAME).isEmpty());
    }

    @Test
    void aCrossSitePostIsRefusedBeforeAnyController() {
        WebClient browser = new WebClient(server.getURI());
        String token = browser.csrf();
        HttpResponse<String> page = browser.postForm(
                "/dang-nhap",
                Map.of("username", "huyen", "password", WebClient.PASSWORD, "_csrf", token),
                Map.of("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, page.statusCode());
        assertTrue(browser.cookie(SessionCookie.NAME).isEmpty());
    }

    @Test
    void logoutClearsTheSession() {
        WebClient browser = WebClient.loggedIn(server.getURI(), "xa");
        String token = browser.csrfFrom(browser.get("/").body());
        assertEquals(303, browser.postForm("/dang-xuat", Map.of("_csrf", token)).statusCode());
        assertEquals(303, browser.get("/").statusCode());
    }

    @Test
    void theApiIgnoresTheSessionCookieAndKeepsProblemJson() {
        WebClient browser = WebClient.loggedIn(server.getURI(), "huyen");
        HttpResponse<String> api = browser.getJson("/api/units/087");
        assertEquals(401, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        HttpResponse<String> apiAsBrowser = browser.get("/api/units/087");
        assertFalse(apiAsBrowser.body().contains("<html"));
    }

    @Test
    void aSiblingDistrictGetsTheNotFoundPageForBaoYen() {
        WebClient browser = WebClient.loggedIn(server.getURI(), "huyen2");
        HttpResponse<String> page = browser.get("/?don-vi=087");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Không tìm thấy trang"), page.body());
        assertFalse(page.body().contains("087"));
        HttpResponse<String> unknown = browser.get("/khong-co-trang-nay");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.body().contains("Không tìm thấy trang"));
    }

    @Test
    void englishIsOneClickAway() {
        WebClient browser = WebClient.loggedIn(server.getURI(), "huyen");
        assertEquals(303, browser.get("/ngon-ngu/en?next=/").statusCode());
        assertTrue(browser.get("/").body().contains("Models by field"));
    }
}
