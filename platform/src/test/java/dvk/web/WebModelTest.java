package dvk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The model page shows a model's life: its state, its years sustained across the merger, its earlier registration. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebModelTest implements DatabaseTest {

    private static final String REGISTRATION =
            "Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT\n02947,Đoàn Thanh niên Phố Ràng,Tập thể,Thắp sáng đường quê,1\n";

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return WebClient.randomPort(DatabaseTest.super.getProperties());
    }

    @Test
    void theModelPageShowsItsLifeAcrossTheMerger() {
        // given: old Phố Ràng's model of 2024, reviewed, continued by today's Xã Bảo Yên in 2025 and reviewed
        Api admin = Api.as(http.toBlocking(), "admin");
        Api huyen = Api.as(http.toBlocking(), "huyen");
        Api xa = Api.as(http.toBlocking(), "xa");
        long old = campaign(admin, "10");
        long today = campaign(admin, "15");
        upload(huyen, old, "registrations", "2024", REGISTRATION);
        String oldCode = code(admin, old, "2024");
        upload(huyen, old, "results", "2024", "Mã mô hình,Hiệu quả\n" + oldCode + ",Cao\n");
        upload(xa, today, "registrations", "2025", REGISTRATION);
        String code = code(admin, today, "2025");
        upload(xa, today, "results", "2025", "Mã mô hình,Hiệu quả\n" + code + ",Khá\n");

        // when the commune opens its model's page
        String page = WebClient.loggedIn(server.getURI(), "xa")
                .get("/mo-hinh/" + code + "?phong-trao=" + today + "&don-vi=02947")
                .body();

        // then it shows the life: recognised in 2024, two consecutive years, the 2024 registration of Phố Ràng
        assertTrue(page.contains("id=\"life-state\">Được công nhận mô hình dân vận khéo<"), page);
        assertTrue(page.contains("2 năm liên tục (có đăng ký hoặc kết quả các năm: 2024, 2025)"), page);
        assertTrue(page.contains("kỳ 2024, cấp cơ sở"), page);
        assertTrue(page.contains("Kỳ 2024 · Thị trấn Phố Ràng (02947) · mã " + oldCode), page);
        // and a sibling commune does not find it
        assertFalse(WebClient.loggedIn(server.getURI(), "xa2")
                .get("/mo-hinh/" + code + "?phong-trao=" + today + "&don-vi=02947")
                .body()
                .contains("Thắp sáng đường quê"));
    }

    private static void upload(Api api, long campaign, String kind, String period, String csv) {
        assertEquals(
                HttpStatus.CREATED,
                api.send(
                                HttpRequest.POST(
                                                "/api/campaigns/" + campaign + "/batches/" + kind + "?period=" + period,
                                                csv.getBytes(StandardCharsets.UTF_8))
                                        .contentType("text/csv"),
                                Map.class)
                        .getStatus());
    }

    private static String code(Api admin, long campaign, String period) {
        List<?> models = (List<?>) admin.get("/api/rollups/02947/models?campaign=" + campaign + "&period=" + period)
                .body()
                .get("models");
        assertEquals(1, models.size(), String.valueOf(models));
        return (String) ((Map<?, ?>) models.get(0)).get("code");
    }

    private static long campaign(Api admin, String issuerCode) {
        return ((List<?>) admin.getAny("/api/campaigns").body())
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> issuerCode.equals(c.get("issuerCode")))
                        .mapToLong(c -> ((Number) c.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
    }
}
