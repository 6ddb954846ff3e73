package dvk.ingest;

import static dvk.ingest.IngestFiles.corpus;
import static dvk.ingest.IngestFiles.csv;
import static dvk.ingest.IngestFiles.errorList;
import static dvk.ingest.IngestFiles.errors;
import static dvk.ingest.IngestFiles.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The registration corpus through the HTTP API, against the demo's province campaign (period 2023). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestRegistrationsApiTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    BlockingHttpClient client;
    Api huyen;
    long campaign;
    Sql sql;

    @BeforeAll
    void login() {
        client = http.toBlocking();
        huyen = Api.as(client, "huyen");
        campaign = IngestFiles.campaignIssuedBy(huyen, "10");
        sql = Sql.of(context);
    }

    @Test
    void storesTheBomCrlfFileWithSectionRowsQuotedNewlinesAndThenTheSameFileAgainAsUnchanged() throws SQLException {
        // given the Mẫu M2 file as Excel saves it
        byte[] file = corpus("registrations-bom-crlf.csv");

        // when it is uploaded twice
        HttpResponse<Map> first = csv(huyen, campaign, "registrations", "?period=2023", file);
        long versions = sql.number("SELECT count(*) FROM model_version");
        HttpResponse<Map> second = csv(huyen, campaign, "registrations", "?period=2023", file);

        // then the second batch changes nothing
        assertEquals(HttpStatus.CREATED, first.getStatus());
        assertEquals(List.of(3, 3, 0, 0, 0, 3), counts(first));
        assertEquals(List.of(3, 0, 0, 3, 0, 0), counts(second));
        assertEquals(versions, sql.number("SELECT count(*) FROM model_version"));
        assertEquals(
                "individual",
                IngestFiles.text(sql, "SELECT registrant_type FROM model WHERE registrant_name = 'Nguyễn Văn An'"));
        assertEquals(
                "Bàn giao mặt bằng\r\nđúng tiến độ",
                IngestFiles.text(
                        sql,
                        "SELECT expected_result FROM model WHERE unit_id IN (SELECT id FROM unit WHERE code = '02947')"));
        assertEquals(
                "Một người vì mười hộ \"1+10\"",
                IngestFiles.text(sql, "SELECT model_name FROM model WHERE registrant_name = 'Nguyễn Văn An'"));
    }

    @Test
    void nfdTextIsStoredAsNfcAndMatchesTheSameRowsTypedInNfc() throws SQLException {
        csv(huyen, campaign, "registrations", "?period=2023", corpus("registrations-bom-crlf.csv"));

        HttpResponse<Map> nfd = csv(huyen, campaign, "registrations", "?period=2023", corpus("registrations-nfd.csv"));

        assertEquals(List.of(3, 0, 0, 3, 0, 0), counts(nfd));
        assertEquals(0, sql.number("SELECT count(*) FROM model WHERE model_name <> normalize(model_name, NFC)"));
    }

    @Test
    void readsSemicolonsLfAliasesInAnyOrderAndTheTypeColumn() throws SQLException {
        HttpResponse<Map> response =
                csv(huyen, campaign, "registrations", "?period=2023", corpus("registrations-semicolon-lf.csv"));

        assertEquals(HttpStatus.CREATED, response.getStatus());
        assertEquals(2, number(response, "inserted"));
        assertEquals(
                "continued",
                IngestFiles.text(sql, "SELECT status FROM model WHERE registrant_name = 'Hoàng Thị Bình'"));
        assertEquals(
                2, sql.number("SELECT cardinality(field_ids) FROM model WHERE registrant_name = 'Hoàng Thị Bình'"));
    }

    @Test
    void reportsEveryErrorOfTheFileByRowAndStoresNothing() throws SQLException {
        long models = sql.number("SELECT count(*) FROM model");

        HttpResponse<Map> response =
                csv(huyen, campaign, "registrations", "?period=2023", corpus("registrations-errors.csv"));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, response.getStatus());
        assertEquals(
                List.of(
                        "2:unit-not-found",
                        "3:unit-not-found",
                        "4:no-field",
                        "6:duplicate-row",
                        "7:invalid-type",
                        "8:invalid-status",
                        "8:invalid-mark",
                        "9:required"),
                errors(response));
        assertEquals(8, ((Number) Api.errorBody(response).get("total")).intValue());
        List<Map<String, Object>> errors = errorList(response);
        // an out-of-scope code (Bắc Hà's 02839) reads exactly like one that does not exist (99999)
        assertEquals(
                errors.get(0).get("message_vi").toString().replace("99999", "X").replace("Dòng 2", "Dòng N"),
                errors.get(1).get("message_vi").toString().replace("02839", "X").replace("Dòng 3", "Dòng N"));
        assertEquals("Dòng 6 trùng với dòng 5.", errors.get(3).get("message_vi"));
        assertEquals("Mã đơn vị", errors.get(0).get("column"));
        assertEquals("99999", errors.get(0).get("value"));
        assertEquals(models, sql.number("SELECT count(*) FROM model"));
    }

    @Test
    void validOnlyStoresTheValidRowsAndReportsTheRest() throws SQLException {
        HttpResponse<Map> response = csv(
                huyen, campaign, "registrations", "?period=2023&validOnly=true", corpus("registrations-errors.csv"));

        assertEquals(HttpStatus.CREATED, response.getStatus());
        assertEquals(List.of(8, 1, 0, 0, 7, 1), counts(response));
        assertEquals(8, number(response, "errorTotal"));
        assertEquals(1, sql.number("SELECT count(*) FROM model WHERE model_key = 'mo hinh d'"));
    }

    @Test
    void aDistrictUploadingAnotherDistrictsCommunesGetsEveryRowListed() {
        HttpResponse<Map> response =
                csv(huyen, campaign, "registrations", "?period=2023", corpus("registrations-bac-ha.csv"));

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, response.getStatus());
        assertEquals(List.of("2:unit-not-found", "3:unit-not-found", "4:unit-not-found"), errors(response));
    }

    @Test
    void aCampaignOfTheOldStructureTakesItsLastYearOnTheUnitsOfItsLastDay() {
        // 2025 runs to 14/12/2025, but the 3-level units ended on 30/6/2025: their codes are read on that day
        byte[] file = ("Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT\n02947,Chi bộ 5,Tập thể,Đường hoa,1\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<Map> response = csv(huyen, campaign, "registrations", "?period=2025&dryRun=true", file);

        assertEquals(HttpStatus.OK, response.getStatus(), String.valueOf(response.body()));
        assertEquals(1, number(response, "inserted"));
    }

    @Test
    void windows1258AndUtf16FilesAreRefusedWithTheExcelSaveAsAdvice() {
        for (String name : List.of("registrations-windows-1258.csv", "registrations-utf16.csv")) {
            HttpResponse<Map> response = csv(huyen, campaign, "registrations", "?period=2023", corpus(name));

            assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, response.getStatus(), name);
            assertEquals("urn:dvk:problem:not-utf8", Api.errorBody(response).get("type"), name);
            assertTrue(Api.errorBody(response).get("message_vi").toString().contains("CSV UTF-8 (Comma delimited)"));
        }
    }

    @Test
    void aFileWithoutFieldColumnsIsRefusedAsAWhole() {
        byte[] file =
                "Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình\n02947,A,Tập thể,B\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<Map> response = csv(huyen, campaign, "registrations", "?period=2023", file);

        assertEquals(List.of("1:no-field-columns"), errors(response));
    }

    @Test
    void replaceWithdrawsTheUnitsUnlistedRegistrationsAfterShowingThemInADryRun() throws SQLException {
        // given two registrations of Xã Xuân Hoà
        byte[] both = ("Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,VHXH\n"
                        + "02965,Chi đoàn thôn Làng Chúng,Tập thể,Sân chơi cho em,1\n"
                        + "02965,Chi đoàn thôn Làng Chúng,Tập thể,Tủ sách thôn,1\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] one = ("Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,VHXH\n"
                        + "02965,Chi đoàn thôn Làng Chúng,Tập thể,Sân chơi cho em,1\n")
                .getBytes(StandardCharsets.UTF_8);
        csv(huyen, campaign, "registrations", "?period=2023", both);

        // when the shorter list is sent with replace, first as a dry run
        HttpResponse<Map> dryRun = csv(huyen, campaign, "registrations", "?period=2023&replace=true&dryRun=true", one);
        long withdrawnAfterDryRun = sql.number("SELECT count(*) FROM model WHERE withdrawn_at IS NOT NULL");
        HttpResponse<Map> real = csv(huyen, campaign, "registrations", "?period=2023&replace=true", one);

        // then the dry run lists the withdrawal, and only the real run marks it
        assertEquals(HttpStatus.OK, dryRun.getStatus());
        assertEquals(1, number(dryRun, "withdrawn"));
        assertEquals(
                "Tủ sách thôn", ((Map<?, ?>) ((List<?>) dryRun.body().get("withdrawals")).get(0)).get("modelName"));
        assertEquals(0, withdrawnAfterDryRun);
        assertEquals(1, number(real, "withdrawn"));
        long withdrawnId =
                sql.number("SELECT id FROM model WHERE model_key = 'tu sach thon' AND withdrawn_at IS NOT NULL");
        Map<?, ?> history = huyen.get("/api/models/" + withdrawnId + "/history").body();
        List<?> versions = (List<?>) history.get("versions");
        assertEquals(2, versions.size());
        assertEquals(true, ((Map<?, ?>) versions.get(1)).get("withdrawn"));
        assertEquals(3, ((Map<?, ?>) versions.get(0)).get("row"));
        assertEquals("huyen", ((Map<?, ?>) versions.get(0)).get("user"));
    }

    @Test
    void aChangedRowWritesANewVersionAndTheBatchIsListedWithItsReport() throws SQLException {
        byte[] before = ("Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT,Ghi chú\n"
                        + "02968,Tổ hợp tác chè Thượng Hà,Tập thể,Chè sạch,1,\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] after = ("Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT,Ghi chú\n"
                        + "02968,Tổ hợp tác chè Thượng Hà,Tập thể,Chè sạch,1,Thêm 20 hộ\n")
                .getBytes(StandardCharsets.UTF_8);
        csv(huyen, campaign, "registrations", "?period=2023", before);

        HttpResponse<Map> changed = csv(huyen, campaign, "registrations", "?period=2023", after);

        assertEquals(1, number(changed, "updated"));
        long batchId = ((Number) changed.body().get("batchId")).longValue();
        Map<?, ?> stored =
                huyen.get("/api/campaigns/" + campaign + "/batches/" + batchId).body();
        assertEquals(1, ((Map<?, ?>) stored.get("report")).get("updated"));
        assertTrue(((List<?>) huyen.getAny("/api/campaigns/" + campaign + "/batches")
                                .body())
                        .size()
                >= 2);
        assertEquals(2, sql.number("SELECT version FROM model WHERE model_key = 'che sach'"));
    }

    @Test
    void rowsAfterTheDueDateAreStoredLateAndTheSubmissionBoardRecordsTheFirstReceipt() throws SQLException {
        byte[] file = ("Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,ANQP\n"
                        + "02971,Công an xã Kim Sơn,Tập thể,Camera an ninh thôn,1\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<Map> response = csv(huyen, campaign, "registrations", "?period=2023", file);

        // 2023 registrations were due by 20/02/2023
        assertEquals(1, number(response, "late"));
        assertEquals(1, sql.number("SELECT count(*) FROM model WHERE model_key = 'camera an ninh thon' AND late"));
        assertEquals(
                1,
                sql.number("SELECT count(*) FROM submission s JOIN unit u ON u.id = s.unit_id"
                        + " WHERE u.code = '02971' AND s.kind = 'registrations' AND s.late"));
    }

    @Test
    void templatesCarryTheCampaignsOwnFieldColumns() {
        HttpResponse<byte[]> template = huyen.send(
                io.micronaut.http.HttpRequest.GET("/api/campaigns/" + campaign + "/templates/registrations.csv"),
                byte[].class);
        String text = new String(template.body(), StandardCharsets.UTF_8);

        assertTrue(
                text.startsWith("\uFEFFTT,Mã mô hình,Mã đơn vị,\"Tên tập thể, cá nhân\",Loại,Tên mô hình,"
                        + "Giải phóng mặt bằng,Kinh tế"),
                text);
        HttpResponse<byte[]> xlsx = huyen.send(
                io.micronaut.http.HttpRequest.GET("/api/campaigns/" + campaign + "/templates/results.xlsx"),
                byte[].class);
        assertEquals(HttpStatus.OK, xlsx.getStatus());
    }

    private static List<Integer> counts(HttpResponse<Map> response) {
        return List.of(
                number(response, "rows"),
                number(response, "inserted"),
                number(response, "updated"),
                number(response, "unchanged"),
                number(response, "rejected"),
                number(response, "late"));
    }
}
