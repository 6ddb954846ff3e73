package dvk.ingest;

import static dvk.ingest.IngestFiles.corpus;
import static dvk.ingest.IngestFiles.csv;
import static dvk.ingest.IngestFiles.errors;
import static dvk.ingest.IngestFiles.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.access.Caller;
import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import dvk.users.Users;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Results, indicators, XLSX and JSON, the Java API, and what a failing or concurrent batch leaves behind. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestResultsIndicatorsAndAtomicityTest implements DatabaseTest {

    private static final String[][] ROWS = {
        {"Mã đơn vị", "Tên tập thể, cá nhân", "Loại", "Tên mô hình", "K1", "K3", "Tình trạng"},
        {"02974", "Chi hội Phụ nữ thôn Nậm Cằm", "Tập thể", "Góc bếp yêu thương", "1", "", "Mới"},
        {"02974", "Đoàn Thanh niên xã Cam Cọn", "Tập thể", "Chuyến xe xanh", "", "x", "Nhân rộng"},
        {"02977", "Lý Văn Minh", "Cá nhân", "Mảng xanh hộ gia đình", "", "1", ""}
    };

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    @Inject
    Ingest ingest;

    @Inject
    Users users;

    BlockingHttpClient client;
    Api huyen;
    long province;
    long district;
    Sql sql;

    @BeforeAll
    void login() {
        client = http.toBlocking();
        huyen = Api.as(client, "huyen");
        province = IngestFiles.campaignIssuedBy(huyen, "10");
        district = IngestFiles.campaignIssuedBy(huyen, "087");
        sql = Sql.of(context);
    }

    @Test
    void anXlsxWithTheSameContentAsACsvStoresTheSameRows() throws IOException {
        HttpResponse<Map> xlsx =
                IngestFiles.file(huyen, district, "registrations", "?period=2024-D1", "dang-ky.xlsx", workbook(ROWS));
        HttpResponse<Map> sameAsCsv = csv(huyen, district, "registrations", "?period=2024-D1", csvOf(ROWS));

        assertEquals(HttpStatus.CREATED, xlsx.getStatus(), String.valueOf(xlsx.body()));
        assertEquals(3, number(xlsx, "inserted"));
        assertEquals(3, number(sameAsCsv, "unchanged"));
    }

    @Test
    void resultsFindTheirModelByCodeOrByUnitRegistrantAndNameAndShowInTheHistory() throws SQLException {
        csv(
                huyen,
                province,
                "registrations",
                "?period=2023",
                ("Mã mô hình,Mã đơn vị,Tên tập thể cá nhân,Loại,"
                                + "Tên mô hình,KT\nBY-01,02980,HTX chè Xuân Thượng,Tập thể,Chè an toàn,1\n"
                                + ",02980,Chi bộ thôn Khuổi Phầy,Tập thể,Đường bê tông,1\n")
                        .getBytes(StandardCharsets.UTF_8));
        byte[] results = ("Mã mô hình,Mã đơn vị,\"Tên tập thể, cá nhân\",Tên mô hình,Kết quả đạt được,Số hộ,Số người,"
                        + "Kinh phí huy động (đồng),\"Số công trình, phần việc\",Hiệu quả,Đề nghị khen thưởng,Số năm duy trì,Ghi chú\n"
                        + "BY-01,,,,Đạt chứng nhận VietGAP,45,180,1.500.000,3,Cao,Giấy khen của UBND,2,\n"
                        + ",02980,chi bộ thôn khuổi phầy,ĐƯỜNG BÊ TÔNG,2 km đường,120,480,250 000 000,1,Khá,,1,\n"
                        + "BY-99,,,,,,,,,Cao,,,\n"
                        + ",02980,Chi bộ thôn Khuổi Phầy,Đường bê tông,,,,,,Tốt,,,\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<Map> failed = csv(huyen, province, "results", "?period=2023-H1", results);
        HttpResponse<Map> stored = csv(huyen, province, "results", "?period=2023-H1&validOnly=true", results);

        assertEquals(List.of("4:model-unknown", "5:invalid-rating"), errors(failed));
        assertEquals(2, number(stored, "inserted"));
        assertEquals(
                1_500_000,
                sql.number("SELECT funds_vnd FROM model_result r JOIN model m ON m.id = r.model_id"
                        + " WHERE m.code = 'BY-01'"));
        assertEquals(
                250_000_000,
                sql.number("SELECT funds_vnd FROM model_result r JOIN model m ON m.id = r.model_id"
                        + " WHERE m.model_key = 'duong be tong'"));
        long modelId = sql.number("SELECT id FROM model WHERE code = 'BY-01'");
        Map<?, ?> history = huyen.get("/api/models/" + modelId + "/history").body();
        Map<?, ?> result = (Map<?, ?>) ((List<?>) history.get("results")).get(0);
        assertEquals("high", result.get("rating"));
        assertEquals(2, result.get("row"));
        assertEquals(
                HttpStatus.NOT_FOUND,
                Api.as(client, "huyen2")
                        .get("/api/models/" + modelId + "/history")
                        .getStatus());
        // the code the clerk typed reaches the same history, and stays hidden from the sibling district
        Map<?, ?> byCode = huyen.get("/api/models/BY-01/history").body();
        assertEquals(((Number) history.get("modelId")).longValue(), ((Number) byCode.get("modelId")).longValue());
        assertEquals(history.get("results"), byCode.get("results"));
        assertEquals(
                HttpStatus.NOT_FOUND,
                Api.as(client, "huyen2").get("/api/models/BY-01/history").getStatus());
    }

    @Test
    void indicatorsTakeDecimalCommasAndReportImpossibleFigures() throws SQLException {
        HttpResponse<Map> response =
                csv(huyen, province, "indicators", "?period=2023&validOnly=true", corpus("indicators-mixed.csv"));

        assertEquals(
                List.of(4, 2, 0, 0, 2, 2),
                List.of(
                        number(response, "rows"),
                        number(response, "inserted"),
                        number(response, "updated"),
                        number(response, "unchanged"),
                        number(response, "rejected"),
                        number(response, "late")));
        assertEquals(
                List.of("4:villages-exceeded", "5:invalid-number", "5:invalid-percent"),
                ((List<?>) response.body().get("errors"))
                        .stream()
                                .map(e -> ((Map<?, ?>) e).get("row") + ":" + ((Map<?, ?>) e).get("code"))
                                .sorted()
                                .toList());
        assertEquals(
                "92.50",
                IngestFiles.text(
                        sql,
                        "SELECT satisfaction_pct FROM unit_indicator i"
                                + " JOIN unit u ON u.id = i.unit_id WHERE u.code = '02947'"));
    }

    @Test
    void jsonTakesOneSubmissionOrABatchWithFieldLists() throws SQLException {
        HttpResponse<Map> one = huyen.send(
                HttpRequest.POST(
                        "/api/campaigns/" + province + "/batches/registrations?period=2023",
                        Map.of(
                                "ma_don_vi",
                                "02983",
                                "ten_tap_the_ca_nhan",
                                "Hội Cựu chiến binh xã Việt Tiến",
                                "loai",
                                "Tập thể",
                                "ten_mo_hinh",
                                "Tổ hòa giải",
                                "fields",
                                List.of("ANQP"))),
                Map.class);
        HttpResponse<Map> batch = huyen.send(
                HttpRequest.POST(
                        "/api/campaigns/" + province + "/batches/registrations?period=2023",
                        Map.of(
                                "rows",
                                List.of(
                                        Map.of(
                                                "ma_don_vi",
                                                "02983",
                                                "ten_tap_the_ca_nhan",
                                                "Hội Cựu chiến binh xã Việt Tiến",
                                                "loai",
                                                "Tập thể",
                                                "ten_mo_hinh",
                                                "Tổ hòa giải",
                                                "ANQP",
                                                "1"),
                                        Map.of(
                                                "ma_don_vi",
                                                "02983",
                                                "ten_tap_the_ca_nhan",
                                                "Nông Văn Dũng",
                                                "loai",
                                                "Cá nhân",
                                                "ten_mo_hinh",
                                                "Gia đình văn hóa",
                                                "fields",
                                                List.of("VHXH", "KT"))))),
                Map.class);

        assertEquals(HttpStatus.CREATED, one.getStatus(), String.valueOf(one.body()));
        assertEquals(List.of(1, 1), List.of(number(batch, "unchanged"), number(batch, "inserted")));
    }

    @Test
    void brokenJsonIsRefusedWithItsLineAndColumnAndStoresNothing() throws SQLException {
        long batches = sql.number("SELECT count(*) FROM batch");
        HttpResponse<Map> response = huyen.send(
                HttpRequest.POST(
                                "/api/campaigns/" + province + "/batches/registrations?period=2023",
                                "[{\"ma_don_vi\": \"02983\",\n \"loai\": Tập thể}]")
                        .contentType(MediaType.APPLICATION_JSON_TYPE),
                Map.class);

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, response.getStatus());
        Map<String, Object> problem = Api.errorBody(response);
        assertEquals("urn:dvk:problem:invalid-json", problem.get("type"));
        assertTrue(
                problem.get("message_vi").toString().startsWith("JSON không hợp lệ ở dòng 2, cột 10: "),
                problem.get("message_vi").toString());
        assertEquals(2, ((Number) ((Map<?, ?>) ((List<?>) problem.get("errors")).get(0)).get("row")).intValue());
        assertEquals(batches, sql.number("SELECT count(*) FROM batch"));
    }

    @Test
    void theJavaApiTakesAReceiptTimeSoAnOnTimeBatchIsNotLate() throws SQLException {
        Caller caller = users.caller("huyen").orElseThrow();
        byte[] file = ("Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,BVMT\n"
                        + "02986,Chi bộ thôn Bản Bon,Tập thể,Thu gom rác thải,1\n")
                .getBytes(StandardCharsets.UTF_8);

        BatchReport report = ingest.submit(
                caller,
                province,
                BatchKind.REGISTRATIONS,
                "2023",
                BatchSource.DEMO,
                file,
                BatchOptions.DEFAULT.receivedAt(Instant.parse("2023-02-10T02:30:00Z")));

        assertEquals(0, report.late());
        assertEquals(
                1,
                sql.number("SELECT count(*) FROM submission s JOIN unit u ON u.id = s.unit_id"
                        + " WHERE u.code = '02986' AND NOT s.late AND s.first_received_at = '2023-02-10T02:30:00Z'"));
    }

    @Test
    void aBatchThatFailsAfterItsRowsAreCopiedAndMergedLeavesNothing() throws SQLException {
        long batches = sql.number("SELECT count(*) FROM batch");
        long models = sql.number("SELECT count(*) FROM model");
        long submissions = sql.number("SELECT count(*) FROM submission");
        Caller caller = users.caller("huyen").orElseThrow();
        FailingRollupListener.FAIL.set(true);
        try {
            assertThrows(
                    IllegalStateException.class,
                    () -> ingest.submit(
                            caller,
                            province,
                            BatchKind.REGISTRATIONS,
                            "2023",
                            BatchSource.CSV,
                            corpus("registrations-semicolon-lf.csv"),
                            BatchOptions.DEFAULT));
        } finally {
            FailingRollupListener.FAIL.set(false);
        }

        assertEquals(batches, sql.number("SELECT count(*) FROM batch"));
        assertEquals(models, sql.number("SELECT count(*) FROM model"));
        assertEquals(submissions, sql.number("SELECT count(*) FROM submission"));
        assertEquals(
                0,
                sql.number("SELECT count(*) FROM model_version v LEFT JOIN model m ON m.id = v.model_id"
                        + " WHERE m.id IS NULL"));
    }

    /** model and model_result keep no foreign keys (V42): the ingest must set every reference right itself. */
    @Test
    void everyStoredRegistrationAndResultReferencesItsBatchCampaignPeriodUnitAndModel() throws SQLException {
        // given a registration, then a result for it, then the registration moved to another unit by its code
        csv(
                huyen,
                province,
                "registrations",
                "?period=2023",
                ("Mã mô hình,Mã đơn vị,Tên tập thể cá nhân,Loại,"
                                + "Tên mô hình,KT\nBY-REF,02956,HTX Vĩnh Yên,Tập thể,Cam sành,1\n")
                        .getBytes(StandardCharsets.UTF_8));
        csv(
                huyen,
                province,
                "results",
                "?period=2023",
                ("Mã mô hình,Hiệu quả,Số hộ\nBY-REF,Cao,12\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<Map> moved = csv(
                huyen,
                province,
                "registrations",
                "?period=2023",
                ("Mã mô hình,Mã đơn vị,"
                                + "Tên tập thể cá nhân,Loại,Tên mô hình,KT\nBY-REF,02959,HTX Vĩnh Yên,Tập thể,Cam sành,1\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(1, number(moved, "updated"));

        // then no row anywhere lacks what it points at, or disagrees with its batch or model
        assertEquals(0, sql.number("""
                SELECT count(*) FROM model m
                 WHERE NOT EXISTS (SELECT 1 FROM batch b WHERE b.province_id = m.province_id AND b.id = m.batch_id
                                      AND b.campaign_id = m.campaign_id)
                    OR NOT EXISTS (SELECT 1 FROM campaign_period p WHERE p.province_id = m.province_id
                                      AND p.id = m.period_id AND p.campaign_id = m.campaign_id)
                    OR NOT EXISTS (SELECT 1 FROM unit u WHERE u.province_id = m.province_id AND u.id = m.unit_id)"""));
        assertEquals(0, sql.number("""
                SELECT count(*) FROM model_result r
                 WHERE NOT EXISTS (SELECT 1 FROM model m WHERE m.province_id = r.province_id AND m.id = r.model_id
                                      AND m.campaign_id = r.campaign_id AND m.unit_id = r.unit_id)
                    OR NOT EXISTS (SELECT 1 FROM batch b WHERE b.province_id = r.province_id AND b.id = r.batch_id
                                      AND b.campaign_id = r.campaign_id AND b.period_id = r.period_id)"""));
        assertEquals(
                1,
                sql.number("SELECT count(*) FROM model_result r JOIN unit u ON u.id = r.unit_id"
                        + " JOIN model m ON m.id = r.model_id WHERE m.code = 'BY-REF' AND u.code = '02959'"));
    }

    @Test
    void twoConcurrentOverlappingUploadsBothEndCorrectly() throws Exception {
        byte[] file = ("Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT\n"
                        + "02989,HTX Bảo Hà,Tập thể,Quế hữu cơ,1\n02989,HTX Bảo Hà,Tập thể,Chuối tiêu hồng,1\n")
                .getBytes(StandardCharsets.UTF_8);

        CompletableFuture<HttpResponse<Map>> a =
                CompletableFuture.supplyAsync(() -> csv(huyen, province, "registrations", "?period=2023", file));
        CompletableFuture<HttpResponse<Map>> b =
                CompletableFuture.supplyAsync(() -> csv(huyen, province, "registrations", "?period=2023", file));

        List<HttpResponse<Map>> both = List.of(a.get(), b.get());
        assertEquals(2, both.stream().mapToInt(r -> number(r, "inserted")).sum());
        assertEquals(2, both.stream().mapToInt(r -> number(r, "unchanged")).sum());
        // two models, each in its first version (model_version keeps only replaced versions)
        assertEquals(2, sql.number("SELECT count(*) FROM model WHERE registrant_key = 'htx bao ha' AND version = 1"));
        assertEquals(
                0,
                sql.number("SELECT count(*) FROM model_version v JOIN model m ON m.id = v.model_id"
                        + " WHERE m.registrant_key = 'htx bao ha'"));
    }

    static byte[] workbook(String[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Đăng ký");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static byte[] csvOf(String[][] rows) {
        StringBuilder csv = new StringBuilder();
        for (String[] row : rows) {
            csv.append(String.join(
                            ",",
                            List.of(row).stream()
                                    .map(v -> v.contains(",") ? "\"" + v + "\"" : v)
                                    .toList()))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
