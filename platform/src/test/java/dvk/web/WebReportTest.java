package dvk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The report page: a commune sends its report, the province approves it from its queue, both on the audit page. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebReportTest implements DatabaseTest {

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
    void theCommuneSendsAndTheProvinceApprovesFromItsQueue() {
        // given a registration of Xã Bảo Yên in today's campaign
        Api api = Api.as(http.toBlocking(), "xa");
        long campaign = ((List<?>) api.getAny("/api/campaigns").body())
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> String.valueOf(c.get("name")).contains("2025–2026"))
                        .mapToLong(c -> ((Number) c.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
        api.post(
                "/api/campaigns/" + campaign + "/batches/registrations?period=2025",
                Map.of(
                        "ma_don_vi",
                        "02947",
                        "ten_tap_the_ca_nhan",
                        "Hội Phụ nữ xã",
                        "loai",
                        "Tập thể",
                        "ten_mo_hinh",
                        "Góc bếp yêu thương",
                        "fields",
                        List.of("VHXH")));
        String page = "/bao-cao?phong-trao=" + campaign + "&ky=2025&don-vi=";
        WebClient xa = WebClient.loggedIn(server.getURI(), "xa");

        // when the commune sends it from the page
        String before = xa.get(page + "02947").body();
        assertTrue(before.contains("Chưa gửi") && before.contains("Gửi báo cáo"), before);
        HttpResponse<String> sent = xa.postForm(
                "/bao-cao",
                Map.of(
                        "_csrf",
                        xa.csrfFrom(before),
                        "phong-trao",
                        String.valueOf(campaign),
                        "ky",
                        "2025",
                        "don-vi",
                        "02947",
                        "loai",
                        "registrations",
                        "ma",
                        "02947",
                        "hanh-dong",
                        "submit"));
        assertTrue(sent.statusCode() == 303 || sent.statusCode() == 200, String.valueOf(sent.statusCode()));

        // then the province has it in its queue and approves the ticked reports at once
        WebClient tinh = WebClient.loggedIn(server.getURI(), "tinh");
        String queue = tinh.get(page + "15").body();
        assertTrue(queue.contains("id=\"approve-many\"") && queue.contains("chon:registrations:02947"), queue);
        tinh.postForm(
                "/bao-cao",
                Map.of(
                        "_csrf",
                        tinh.csrfFrom(queue),
                        "phong-trao",
                        String.valueOf(campaign),
                        "ky",
                        "2025",
                        "don-vi",
                        "15",
                        "hanh-dong",
                        "approve",
                        "chon:registrations:02947",
                        "1"));
        String after = xa.get(page + "02947").body();
        assertTrue(after.contains("Đã duyệt"), after);
        assertFalse(after.contains(">Gửi báo cáo<"), "an approved report is not sent again");

        String upload = xa.get("/tai-len?phong-trao=" + campaign + "&ky=2025").body();
        assertTrue(upload.contains("id=\"period-locked\"") && upload.contains("đã được tinh duyệt"), upload);
        String board = tinh.get("/nop-bao-cao?phong-trao=" + campaign + "&ky=2025&don-vi=15")
                .body();
        assertTrue(board.contains("Đã duyệt (tinh)"), board);

        String audit = tinh.get("/nhat-ky?thao-tac=report").body();
        assertTrue(audit.contains("report.submit") && audit.contains("report.approve"), audit);
        HttpResponse<String> csv = tinh.download("/nhat-ky/csv?thao-tac=report");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("\"report.approve\"") && csv.body().contains("\"tinh\""), csv.body());
        assertFalse(WebClient.loggedIn(server.getURI(), "xa2")
                .get("/nhat-ky")
                .body()
                .contains("02947"));
    }
}
