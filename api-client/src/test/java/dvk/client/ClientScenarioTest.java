package dvk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dvk.client.ApiClient;
import vn.dvk.client.ApiException;
import vn.dvk.client.ApiResponse;
import vn.dvk.client.api.BatchesApi;
import vn.dvk.client.api.CampaignsApi;
import vn.dvk.client.api.PacksApi;
import vn.dvk.client.api.RollupsApi;
import vn.dvk.client.api.SessionsApi;
import vn.dvk.client.api.UnitsApi;
import vn.dvk.client.model.AccessToken;
import vn.dvk.client.model.BatchReport;
import vn.dvk.client.model.CampaignDocument;
import vn.dvk.client.model.Credentials;
import vn.dvk.client.model.PackRequest;
import vn.dvk.client.model.PackStatus;
import vn.dvk.client.model.Problem;
import vn.dvk.client.model.Rollup;

/**
 * A district clerk's day through the client generated from the OpenAPI document, against the started service:
 * every call, answer and error is read through the generated types, so a document that lies about a route fails
 * here. The demo's Huyện Bảo Yên (user {@code huyen}) reports to the old Lào Cai's campaign, period 2023.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientScenarioTest implements StartedService {

    private static final String BAO_YEN = "087";
    private static final String BAC_HA = "085";
    private static final String PERIOD = "2023";
    private static final String ONE_REGISTRATION = """
            ma_don_vi,loai,ten_mo_hinh,ten_tap_the_ca_nhan,kt
            02956,Tập thể,Nuôi ong lấy mật,Chi hội Nông dân thôn Khuổi Phường,1
            """;

    @Inject
    EmbeddedServer server;

    ApiClient huyen;
    final Map<ApiClient, String> tokens = new HashMap<>();

    @BeforeAll
    void logIn() throws ApiException {
        huyen = as("huyen");
    }

    @Test
    void theServedDocumentIsTheOneTheClientWasGeneratedFrom() throws IOException, InterruptedException {
        HttpResponse<String> served = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + "/swagger/dvk-api-1.yml"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, served.statusCode());
        assertEquals(OpenApiDocument.text(), served.body());
    }

    @Test
    void aClerkChecksAndStoresACsvBatchReadsTheRollupAndDownloadsThePack()
            throws ApiException, IOException, InterruptedException {
        long campaign = provinceCampaign();
        RollupsApi rollups = new RollupsApi(huyen);
        long before = rollups.getRollup(BAO_YEN, campaign, PERIOD, null, null, null, null)
                .getTotals()
                .getModels();
        BatchesApi batches = new BatchesApi(huyen);

        ApiResponse<BatchReport> dryRun = batches.uploadBatchWithHttpInfo(
                campaign, "registrations", ONE_REGISTRATION, PERIOD, true, false, false);
        long afterDryRun = rollups.getRollup(BAO_YEN, campaign, PERIOD, null, null, null, null)
                .getTotals()
                .getModels();
        ApiResponse<BatchReport> stored = batches.uploadBatchWithHttpInfo(
                campaign, "registrations", ONE_REGISTRATION, PERIOD, false, false, false);
        Rollup rollupAfter = rollups.getRollup(BAO_YEN, campaign, PERIOD, null, null, null, "all");
        long after = rollupAfter.getTotals().getModels();
        // the stored batch is a report not sent yet ("draft") among the subtree's report states
        assertTrue(rollupAfter.getReportStates().getDraft() >= 1, String.valueOf(rollupAfter.getReportStates()));

        assertEquals(200, dryRun.getStatusCode());
        assertTrue(dryRun.getData().getDryRun());
        assertNull(dryRun.getData().getBatchId(), "a dry run stores no batch");
        assertEquals(1, dryRun.getData().getInserted());
        assertEquals(before, afterDryRun);
        assertEquals(201, stored.getStatusCode());
        assertNotNull(stored.getData().getBatchId());
        assertEquals(1, stored.getData().getInserted());
        assertEquals(0, stored.getData().getErrorTotal());
        assertEquals(before + 1, after);

        PacksApi packs = new PacksApi(huyen);
        ApiResponse<PackStatus> accepted = packs.requestPackWithHttpInfo(new PackRequest()
                .unitCode(BAO_YEN)
                .campaignId(campaign)
                .period(PERIOD)
                .kind("tong-ket-nam"));
        assertEquals(202, accepted.getStatusCode());
        PackStatus pack = accepted.getData();
        for (int i = 0; i < 600 && !List.of("done", "failed").contains(pack.getStatus()); i++) {
            Thread.sleep(250);
            pack = packs.getPack(pack.getId());
        }
        assertEquals("done", pack.getStatus(), String.valueOf(pack.getError()));
        RequiredMembers required = new RequiredMembers(OpenApiDocument.model());
        assertEquals(
                List.of(),
                required.missing(
                        "Rollup",
                        json(huyen, "/api/rollups/" + BAO_YEN + "?campaign=" + campaign + "&period=" + PERIOD)));
        assertEquals(
                List.of(),
                required.missing(
                        "BatchStore.BatchView",
                        json(
                                huyen,
                                "/api/campaigns/" + campaign + "/batches/"
                                        + stored.getData().getBatchId())));
        assertEquals(List.of(), required.missing("PackStatus", json(huyen, "/api/packs/" + pack.getId())));
        JsonNode campaigns = json(huyen, "/api/campaigns");
        for (JsonNode document : campaigns) {
            assertEquals(List.of(), required.missing("CampaignDocument", document));
        }
        File zip = packs.downloadPack(pack.getId());
        assertEquals(List.of("pdf", "docx", "xlsx"), extensions(zip));
    }

    @Test
    void aSiblingDistrictsUnitIsAProblem404ReadThroughTheProblemSchema() throws ApiException, IOException {
        ApiClient bacHa = as("huyen2");
        // the precondition: Bắc Hà reads its own unit, so the 404 below is about Bảo Yên, not about the client
        assertEquals(BAC_HA, new UnitsApi(bacHa).getUnit(BAC_HA, null).getCode());

        ApiException refused = assertThrows(ApiException.class, () -> new UnitsApi(bacHa).getUnit(BAO_YEN, null));
        Problem problem = bacHa.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);

        assertEquals(404, refused.getCode());
        assertEquals(
                "application/problem+json",
                refused.getResponseHeaders().firstValue("Content-Type").orElseThrow());
        assertEquals("urn:dvk:problem:unit-not-found", problem.getType());
        assertEquals(404, problem.getStatus());
        assertTrue(problem.getMessageVi().contains(BAO_YEN), problem.getMessageVi());
        assertTrue(problem.getMessageEn().contains(BAO_YEN), problem.getMessageEn());
    }

    private long provinceCampaign() throws ApiException {
        List<CampaignDocument> campaigns = new CampaignsApi(huyen).listCampaigns();
        return campaigns.stream()
                .filter(c -> "10".equals(c.getIssuerCode()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no campaign of Lào Cai (10) in " + campaigns))
                .getId();
    }

    private ApiClient as(String username) throws ApiException {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base());
        AccessToken token = new SessionsApi(client)
                .login(new Credentials().username(username).password(DEMO_PASSWORD));
        assertEquals("Bearer", token.getTokenType());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.getAccessToken()));
        tokens.put(client, token.getAccessToken());
        return client;
    }

    /** An answer as the service writes it, before a generated model's defaults can hide a missing member. */
    private JsonNode json(ApiClient client, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base() + path))
                                .header("Authorization", "Bearer " + tokens.get(client))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return client.getObjectMapper().readTree(response.body());
    }

    private String base() {
        return "http://localhost:" + server.getPort();
    }

    private static List<String> extensions(File zip) throws IOException {
        List<String> extensions = new ArrayList<>();
        try (InputStream in = Files.newInputStream(zip.toPath());
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                extensions.add(entry.getName().substring(entry.getName().lastIndexOf('.') + 1));
            }
        }
        return extensions;
    }
}
