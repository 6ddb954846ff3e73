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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The commendation page on the demo (issue 19): the province gives Huyện Bảo Yên a share of seed 001's mid-term
 * quota, an over-allocation shows its message, the district proposes a ranked candidate with "Đề nghị", the
 * province approves it with the decision's number and date, and Huyện Bắc Hà cannot open Bảo Yên's page.
 * Loads the demo's data: about three minutes.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebCommendationTest implements DatabaseTest {

    private static final Pattern QUOTA = Pattern.compile("<tr data-quota=\"(\\d+)\">\\s*<td>[^<]*</td>\\s*"
            + "<td>Ban Thường vụ tặng Giấy khen</td>\\s*<td>Tập thể</td>");
    private static final Pattern MODEL =
            Pattern.compile("<tr data-model=\"([^\"]+)\">\\s*<td>\\d+</td>\\s*<td>Tập thể</td>");

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        return WebClient.randomPort(DatabaseTest.super.getProperties());
    }

    @Override
    public boolean withDemoData() {
        return true;
    }

    @Test
    void theProvinceAllocatesTheDistrictProposesTheProvinceDecides() {
        long campaign = ((List<?>) Api.as(http.toBlocking(), "tinh")
                        .getAny("/api/campaigns")
                        .body())
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> "10".equals(c.get("issuerCode")))
                        .mapToLong(c -> ((Number) c.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
        String page = "/khen-thuong?phong-trao=" + campaign + "&ky=2023";

        // given: the province's page with the quotas, the rule that ranked the candidates and the allocation form
        WebClient tinh = WebClient.loggedIn(server.getURI(), "tinh");
        String province = tinh.get(page).body();
        assertTrue(province.contains("href=\"/khen-thuong\""), "the menu links the page");
        assertTrue(province.contains("Khen thưởng – Tỉnh Lào Cai"), province);
        assertTrue(province.contains("duy trì liên tục từ 02 năm trở lên xếp trước"), "the ranking rule is shown");
        Matcher quota = QUOTA.matcher(province);
        assertTrue(quota.find(), "the praise quota for collectives is listed");
        String quotaId = quota.group(1);
        assertTrue(province.contains("id=\"share-" + quotaId + "-087\""), "Bảo Yên's share can be set");

        // when: the province gives Bảo Yên 2, then tries 20 for Bắc Hà, over the 13 left
        assertEquals(
                303,
                tinh.postForm("/khen-thuong", allocate(tinh, page, campaign, quotaId, "087", "2"))
                        .statusCode());
        HttpResponse<String> over = tinh.postForm("/khen-thuong", allocate(tinh, page, campaign, quotaId, "085", "20"));
        assertEquals(422, over.statusCode());
        assertTrue(over.body().contains("Vượt chỉ tiêu"), over.body());

        // then: Bảo Yên's page shows its share of 2 and proposes its first ranked collective
        WebClient huyen = WebClient.loggedIn(server.getURI(), "huyen");
        String district = huyen.get(page).body();
        assertTrue(district.contains("Khen thưởng – Huyện Bảo Yên"), district);
        assertTrue(district.contains("<td class=\"allocated\">2</td>"), "Bảo Yên's share is 2");
        assertFalse(district.contains("id=\"share-"), "a submitter has no allocation form");
        Matcher model = MODEL.matcher(district);
        assertTrue(model.find(), "Bảo Yên has a ranked collective");
        String modelCode = model.group(1);
        Map<String, String> propose = form(huyen, page, campaign);
        propose.put("hanh-dong", "de-nghi");
        propose.put("chi-tieu", quotaId);
        propose.put("mo-hinh", modelCode);
        propose.put("ly-do", "Duy trì ba năm liền, lan tỏa cả xã");
        assertEquals(303, huyen.postForm("/khen-thuong", propose).statusCode());
        String proposed = huyen.get(page).body();
        assertTrue(proposed.contains("Đề nghị khen thưởng (1)") && proposed.contains("Đã đề nghị"), proposed);
        assertTrue(proposed.contains("<td class=\"remaining\">1</td>"), "one place of Bảo Yên's share is left");
        assertFalse(proposed.contains("class=\"inline decide\""), "a district does not decide");

        // the province approves it with the decision's number and date
        String withProposal = tinh.get(page).body();
        Matcher proposal = Pattern.compile("data-proposal=\"(\\d+)\" data-state=\"proposed\"")
                .matcher(withProposal);
        assertTrue(proposal.find(), withProposal);
        Map<String, String> decide = form(tinh, page, campaign);
        decide.put("hanh-dong", "quyet-dinh");
        decide.put("de-nghi", proposal.group(1));
        decide.put("duyet", "1");
        decide.put("so", "12-QĐ/BTV");
        decide.put("ngay", "2023-10-15");
        decide.put("nguoi-ky", "Nguyễn Thị Minh Hạnh");
        assertEquals(303, tinh.postForm("/khen-thuong", decide).statusCode());
        String decided = huyen.get(page).body();
        assertTrue(decided.contains("Quyết định khen thưởng (1)"), decided);
        assertTrue(decided.contains("Quyết định số 12-QĐ/BTV ngày 15/10/2023 · Nguyễn Thị Minh Hạnh"), decided);
        assertTrue(decided.contains("<td class=\"decided\">1</td>"), "the ledger counts the decision");

        // and Bắc Hà cannot open Bảo Yên's page
        WebClient huyen2 = WebClient.loggedIn(server.getURI(), "huyen2");
        assertEquals(404, huyen2.get(page + "&don-vi=087").statusCode());
    }

    private static Map<String, String> allocate(
            WebClient client, String page, long campaign, String quota, String unit, String count) {
        Map<String, String> form = form(client, page, campaign);
        form.put("hanh-dong", "phan-bo");
        form.put("chi-tieu", quota);
        form.put("ma", unit);
        form.put("so-luong", count);
        return form;
    }

    private static Map<String, String> form(WebClient client, String page, long campaign) {
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", client.csrfFrom(client.get(page).body()));
        form.put("phong-trao", String.valueOf(campaign));
        form.put("ky", "2023");
        return form;
    }
}
