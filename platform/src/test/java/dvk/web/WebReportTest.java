package dvk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.time.Vietnam;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Test
    void theDashboardCountsApprovedReportsOnlyAndShowsAFreeze() {
        // given a model of Xã Bảo Hà in another period than the other test's, not sent yet
        Api xa2 = Api.as(http.toBlocking(), "xa2");
        Api tinhApi = Api.as(http.toBlocking(), "tinh");
        long campaign = ((List<?>) tinhApi.getAny("/api/campaigns").body())
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> String.valueOf(c.get("name")).contains("2025–2026"))
                        .mapToLong(c -> ((Number) c.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
        registerIn(xa2, campaign, "Chi đoàn thôn 1");
        // the commune's page as the province reads it: the other test's models accumulate into 2026 elsewhere
        String home = "/?phong-trao=" + campaign + "&ky=2026&don-vi=02989";
        WebClient tinh = WebClient.loggedIn(server.getURI(), "tinh");

        // then the province sees the report pending, and no model among the approved figures of the commune
        String all = tinh.get(home).body();
        assertEquals("1", models(all));
        assertTrue(all.contains("1 chưa gửi · 0 đã gửi chờ duyệt · 0 đã duyệt"), all);
        assertTrue(all.contains("Chỉ số liệu đã duyệt") && all.contains("so-lieu=da-duyet"), all);
        String approvedOnly = tinh.get(home + "&so-lieu=da-duyet").body();
        assertTrue(approvedOnly.contains("id=\"approved-only\""), approvedOnly);
        assertEquals("0", models(approvedOnly));

        // when the province freezes the period and the commune adds a model afterwards
        Map<?, ?> freeze = tinhApi.post(
                        "/api/snapshots", Map.of("campaignId", campaign, "period", "2026", "unitCode", "15"))
                .body();
        long id = ((Number) freeze.get("id")).longValue();
        String code = id + "-" + String.valueOf(freeze.get("sha256")).substring(0, 8);
        registerIn(xa2, campaign, "Chi đoàn thôn 2");

        // then the dashboard lists the freeze and shows its figures, saying so, beside the current ones
        String current = tinh.get(home).body();
        assertEquals("2", models(current));
        assertTrue(
                current.contains("id=\"freezes\"") && current.contains(code) && current.contains("&amp;chot=" + id),
                current);
        String frozen = tinh.get(home + "&chot=" + id).body();
        String day = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(Vietnam.ZONE));
        assertTrue(frozen.contains("Số liệu chốt ngày " + day + " (mã " + code + ")"), frozen);
        assertEquals("1", models(frozen));
        // a commune inside the freeze reads its own frozen figures there too
        String commune = WebClient.loggedIn(server.getURI(), "xa2")
                .get("/?phong-trao=" + campaign + "&ky=2026&don-vi=02989&chot=" + id)
                .body();
        assertEquals("1", models(commune));
        assertEquals(404, tinh.get(home + "&chot=" + (id + 1000)).statusCode());
    }

    @Test
    void theModelsListLinksEachModelToItsPageOfVersions() {
        // given a model of Xã Hợp Thành (no other test's commune) sent from a file, then corrected from another
        Api province = Api.as(http.toBlocking(), "tinh");
        long campaign = ((List<?>) province.getAny("/api/campaigns").body())
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> String.valueOf(c.get("name")).contains("2025–2026"))
                        .mapToLong(c -> ((Number) c.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
        uploadFile(province, campaign, "dang-ky-dot-1.csv", "02680,Chi hội Nông dân thôn 5,Tập thể,Vườn mẫu,1,\n");
        uploadFile(province, campaign, "dang-ky-sua.csv", "\n02680,Chi hội Nông dân thôn 5,Tập thể,Vườn mẫu,1,1\n");
        WebClient tinh = WebClient.loggedIn(server.getURI(), "tinh");

        // when the province lists the commune's models and follows the link
        String list = tinh.get("/bang-dieu-khien/mo-hinh?phong-trao=" + campaign + "&ky=2026-H1&don-vi=02680")
                .body();
        Matcher link = Pattern.compile("href=\"(/mo-hinh/([^\"?]+)\\?[^\"]*)\">Vườn mẫu<")
                .matcher(list);
        assertTrue(link.find(), list);
        String page = tinh.get(link.group(1).replace("&amp;", "&")).body();

        // then the page lists both versions with their file, file row and user
        Matcher versions =
                Pattern.compile("<tr>\\s*<td class=\"num\"><span>(\\d+)</span>").matcher(page);
        int count = 0;
        while (versions.find()) {
            count++;
        }
        assertEquals(2, count, page);
        assertTrue(page.contains("dang-ky-dot-1.csv") && page.contains("dang-ky-sua.csv"), page);
        assertTrue(page.contains("<td>tinh</td>"), page);
        assertTrue(page.contains("<td class=\"num\">3</td>"), "the correction's row is the file's third line: " + page);
        assertTrue(page.contains("Mã mô hình " + link.group(2)), page);
        // a commune's user outside Hợp Thành finds no such model
        assertEquals(
                404,
                WebClient.loggedIn(server.getURI(), "xa")
                        .get("/mo-hinh/" + link.group(2) + "?phong-trao=" + campaign)
                        .statusCode());
    }

    private static void uploadFile(Api api, long campaign, String name, String rows) {
        MultipartBody file = MultipartBody.builder()
                .addPart(
                        "file",
                        name,
                        io.micronaut.http.MediaType.of("text/csv"),
                        ("Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT,VHXH\n" + rows)
                                .getBytes(StandardCharsets.UTF_8))
                .build();
        io.micronaut.http.HttpResponse<Map> stored = api.send(
                io.micronaut.http.HttpRequest.POST(
                                "/api/campaigns/" + campaign + "/batches/registrations?period=2026-H1", file)
                        .contentType(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE),
                Map.class);
        assertEquals(201, stored.getStatus().getCode(), String.valueOf(stored.body()));
    }

    private static void registerIn(Api api, long campaign, String registrant) {
        io.micronaut.http.HttpResponse<Map> stored = api.post(
                "/api/campaigns/" + campaign + "/batches/registrations?period=2026",
                Map.of(
                        "ma_don_vi",
                        "02989",
                        "ten_tap_the_ca_nhan",
                        registrant,
                        "loai",
                        "Tập thể",
                        "ten_mo_hinh",
                        "Thắp sáng đường quê",
                        "fields",
                        List.of("VHXH")));
        assertEquals(201, stored.getStatus().getCode(), String.valueOf(stored.body()));
    }

    /** The value of the dashboard's "Mô hình" figure. */
    private static String models(String page) {
        Matcher value = MODELS.matcher(page);
        assertTrue(value.find(), page);
        return value.group(1);
    }

    private static final Pattern MODELS =
            Pattern.compile("id=\"figure-models\"[^>]*>\\s*<span class=\"value\">([^<]*)</span>");
}
