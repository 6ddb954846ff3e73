package dvk.ingest;

import static dvk.ingest.IngestFiles.errorList;
import static dvk.ingest.IngestFiles.errors;
import static dvk.ingest.IngestFiles.file;
import static dvk.ingest.IngestFiles.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import dvk.support.Sql;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Spreadsheets of every format through the HTTP API, and every kind of bad upload answered with a 4xx
 * problem document that names the row and column where it can (issue 16 item 2, issue 18 item 9); and what an
 * upload's text becomes in an export (issue 18 item 5).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpreadsheetUploadApiTest implements DatabaseTest {

    private static final String REGISTRATIONS = "registrations";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    ApplicationContext context;

    @Inject
    EmbeddedServer server;

    Api huyen;
    long campaign;
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        // a small limit stands for the 512 MB one, so a body over it costs the test little
        properties.put("micronaut.server.max-request-size", "4MB");
        return properties;
    }

    @BeforeAll
    void login() {
        huyen = Api.as(http.toBlocking(), "huyen");
        campaign = IngestFiles.campaignIssuedBy(huyen, "10");
        sql = Sql.of(context);
    }

    @Test
    void theSameFormAsXlsXlsxAndOdsIsStoredWhateverItsNameAndTheBatchSaysWhichFormatItWas() throws SQLException {
        Map<String, byte[]> files = Map.of(
                "xls", SpreadsheetFiles.xls(form("Chi bộ thôn Bản Bon", "Sân chơi xls")),
                "ods", SpreadsheetFiles.ods(form("Chi bộ thôn Bản Bon", "Sân chơi ods")),
                "xlsx", SpreadsheetFiles.xlsx(form("Chi bộ thôn Bản Bon", "Sân chơi xlsx")));
        for (Map.Entry<String, byte[]> format : files.entrySet()) {
            // an office's file keeps whatever name it was given
            HttpResponse<Map> response =
                    file(huyen, campaign, REGISTRATIONS, "?period=2023", "dang-ky.csv", format.getValue());

            assertEquals(HttpStatus.CREATED, response.getStatus(), format.getKey() + " " + response.body());
            assertEquals(1, number(response, "inserted"), format.getKey());
            assertEquals(
                    format.getKey(),
                    IngestFiles.text(
                            sql,
                            "SELECT source FROM batch WHERE id = "
                                    + response.body().get("batchId")));
        }
        assertEquals(
                "Dân vận khéo trong\nphát triển kinh tế",
                IngestFiles.text(sql, "SELECT expected_result FROM model WHERE model_name = 'Sân chơi ods'"));
    }

    @Test
    void aFileThatIsNotASheetAnEmptyXlsxAndAZipBombAreRefusedWithATrueMessage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertProblem(
                file(huyen, campaign, REGISTRATIONS, "?period=2023", "anh.xlsx", png),
                "unsupported-format",
                "Tệp không phải bảng tính hoặc CSV",
                "The file is not a spreadsheet or CSV");
        assertProblem(
                file(huyen, campaign, REGISTRATIONS, "?period=2023", "trong.xlsx", new byte[0]),
                "empty-file",
                "Tệp rỗng",
                "The file is empty");
        assertProblem(
                file(huyen, campaign, REGISTRATIONS, "?period=2023", "bom.xlsx", SpreadsheetFiles.zipBombXlsx(200)),
                "zip-bomb",
                "Tệp nén bất thường",
                "Abnormal compressed file");
        assertProblem(
                file(huyen, campaign, REGISTRATIONS, "?period=2023", "rong.xlsx", SpreadsheetFiles.wideXlsx(20_000)),
                "too-many-columns",
                "Dòng 1 có dữ liệu ở cột XFE",
                "Row 1 has data in column XFE");
    }

    @Test
    void anUntouchedTemplateIsRefusedAsHavingNoDataRows() {
        for (String format : List.of("csv", "xlsx")) {
            byte[] template = huyen.send(
                            HttpRequest.GET("/api/campaigns/" + campaign + "/templates/registrations." + format),
                            byte[].class)
                    .body();

            assertProblem(
                    file(huyen, campaign, REGISTRATIONS, "?period=2023", "mau." + format, template),
                    "no-data-rows",
                    "Tệp không có dòng dữ liệu",
                    "The file has no data rows");
        }
    }

    @Test
    void anUnterminatedQuoteIsAnInvalidCsvOnItsRow() {
        byte[] csv = ("Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT\n02986,Chi bộ,Tập thể,\"Chè sạch,1\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<Map> response = IngestFiles.csv(huyen, campaign, REGISTRATIONS, "?period=2023", csv);

        assertProblem(response, "invalid-csv", "CSV không hợp lệ ở dòng 2", "Invalid CSV at row 2");
        assertEquals(List.of("2:invalid-csv"), errors(response));
    }

    @Test
    void jsonValuesOfTheWrongTypeAndCharactersThatCannotBeStoredAreRowErrorsNamingTheColumn() {
        String rows = """
                {"rows": [
                  {"ma_don_vi": "02986", "ten_tap_the_ca_nhan": "Chi bộ A", "loai": "Tập thể", "ten_mo_hinh": "Mô hình 1", "fields": "KT"},
                  {"ma_don_vi": "02986", "ten_tap_the_ca_nhan": "Chi bộ A", "loai": "Tập thể", "ten_mo_hinh": {"ten": "Mô hình 2"}, "fields": ["KT"]},
                  {"ma_don_vi": "02986", "ten_tap_the_ca_nhan": "Chi bộ\\u0000A", "loai": "Tập thể", "ten_mo_hinh": "Mô hình 3", "fields": ["KT"]},
                  {"ma_don_vi": "02986", "ten_tap_the_ca_nhan": "Chi bộ A", "loai": "Tập thể", "ten_mo_hinh": "Mô hình \\ud800", "fields": ["KT"]},
                  {"ma_don_vi": "02986", "ten_tap_the_ca_nhan": "Chi bộ A", "loai": "Tập thể", "ten_mo_hinh": "Mô hình 5", "fields": ["KT"]}
                ]}""";

        HttpResponse<Map> response = huyen.send(
                HttpRequest.POST("/api/campaigns/" + campaign + "/batches/registrations?period=2023", rows)
                        .contentType(MediaType.APPLICATION_JSON_TYPE),
                Map.class);

        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, response.getStatus(), String.valueOf(Api.errorBody(response)));
        assertEquals(
                List.of("1:not-a-list", "2:wrong-type", "3:invalid-character", "4:invalid-character"),
                errors(response));
        List<String> columns = errorList(response).stream()
                .map(e -> String.valueOf(e.get("column")))
                .toList();
        assertEquals(List.of("fields", "Tên mô hình", "Tên tập thể, cá nhân", "Tên mô hình"), columns);
        assertEquals(
                "Row 2: \"Tên mô hình\" must be text or a number, not a JSON list or object.",
                errorList(response).get(1).get("message_en"));
    }

    @Test
    void aNulInACsvCellIsARowErrorNotAServerError() {
        StringBuilder csv = new StringBuilder("Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT\n"
                + "02986,Chi bộ thôn Bản Bon,Tập thể,Mô hình\0NUL,1\n");
        // and one past the first 64 KiB, the sample the CSV reader looks at for UTF-16
        for (int i = 0; i < 1500; i++) {
            csv.append("02986,Chi bộ thôn Bản Bon,Tập thể,Mô hình số ")
                    .append(i)
                    .append(",1\n");
        }
        csv.append("02986,Chi bộ\0thôn,Tập thể,Mô hình NUL,1\n");

        HttpResponse<Map> response = IngestFiles.csv(
                huyen, campaign, REGISTRATIONS, "?period=2023", csv.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("2:invalid-character", "1503:invalid-character"), errors(response));
        assertEquals("Tên mô hình", errorList(response).get(0).get("column"));
        assertEquals("Tên tập thể, cá nhân", errorList(response).get(1).get("column"));
    }

    /**
     * The probe's 2 GB body: a declared length over the limit is answered at once, before the body is sent; a
     * chunked body of no declared length as soon as the limit is passed.
     */
    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        String path = "/api/campaigns/" + campaign + "/batches/registrations?period=2023";
        String declared = exchange(
                "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + huyen.token()
                        + "\r\nContent-Type: text/csv\r\nContent-Length: 2147483648\r\n\r\n",
                0);
        String chunked = exchange(
                "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + huyen.token()
                        + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\n\r\n",
                6 << 20);

        for (String response : List.of(declared, chunked)) {
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("application/problem+json"), response);
            assertTrue(response.contains("urn:dvk:problem:too-large"), response);
            assertTrue(response.contains("Tệp lớn hơn giới hạn 4 MB"), response);
        }
    }

    /** Sends the head, then up to {@code chunkedBytes} of a chunked body while the answer has not come. */
    private String exchange(String head, int chunkedBytes) throws Exception {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.flush();
            Thread sender = new Thread(() -> {
                byte[] chunk = ("10000\r\n" + "a".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    for (int sent = 0; sent < chunkedBytes; sent += 0x10000) {
                        out.write(chunk);
                    }
                    out.flush();
                } catch (IOException e) {
                    // the server answered and closed the connection: what the test expects
                }
            });
            sender.start();
            byte[] answer = socket.getInputStream().readNBytes(600);
            sender.interrupt();
            return new String(answer, StandardCharsets.UTF_8);
        }
    }

    /** Issue 18 item 5 and issue 16 item 5: what a registrant typed comes back harmless and in Vietnamese. */
    @Test
    void anExportNeutralisesFormulasTypedInCellsAndSpeaksVietnamese() throws IOException {
        byte[] csv = ("Mã đơn vị,Tên tập thể cá nhân,Loại,Tên mô hình,KT,Tình trạng\n"
                        + "02986,=1+2,Tập thể,\"+cmd|' /C calc'!A0\",1,Nhân rộng\n")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(
                HttpStatus.CREATED,
                IngestFiles.csv(huyen, campaign, REGISTRATIONS, "?period=2023", csv)
                        .getStatus());
        String uri = "/api/rollups/087/models?campaign=" + campaign + "&period=2023&format=";

        HttpResponse<byte[]> comma = huyen.send(HttpRequest.GET(uri + "csv"), byte[].class);
        String semicolon = new String(
                huyen.send(HttpRequest.GET(uri + "csv-semicolon"), byte[].class).body(), StandardCharsets.UTF_8);
        byte[] xlsx = huyen.send(HttpRequest.GET(uri + "xlsx"), byte[].class).body();

        String text = new String(comma.body(), StandardCharsets.UTF_8);
        String row =
                text.lines().filter(line -> line.contains("calc")).findFirst().orElseThrow();
        assertTrue(row.contains(",'+cmd|' /C calc'!A0,Tập thể,'=1+2,02986,"), row);
        assertTrue(row.contains(",Nhân rộng,"), row);
        assertEquals("attachment; filename=\"mo-hinh-087-2023.csv\"", comma.header("Content-Disposition"));
        assertTrue(semicolon.startsWith("\uFEFFMã mô hình;Tên mô hình;Loại;"), semicolon);
        assertTrue(semicolon.contains(";'+cmd|' /C calc'!A0;Tập thể;'=1+2;02986;"), semicolon);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean found = false;
            for (Row r : workbook.getSheetAt(0)) {
                if ("=1+2".equals(r.getCell(3).getStringCellValue())) {
                    found = true;
                    assertEquals(CellType.STRING, r.getCell(3).getCellType());
                    assertEquals("Nhân rộng", r.getCell(7).getStringCellValue());
                }
            }
            assertTrue(found);
        }
    }

    /** Mẫu M2 as typed, with one registration of Xã Kim Sơn's neighbour 02986 in Bảo Yên. */
    private static List<List<String>> form(String registrant, String model) {
        return List.of(
                List.of("BẢNG ĐĂNG KÝ MÔ HÌNH \"DÂN VẬN KHÉO\" NĂM 2023"),
                List.of("TT", "Mã đơn vị", "Tên tập thể, cá nhân", "Tên mô hình", "KT", "Dự kiến kết quả"),
                List.of("I", "Tập thể", "", "", "", ""),
                List.of("1", "02986", registrant, model, "1", "Dân vận khéo trong\nphát triển kinh tế"));
    }

    private static void assertProblem(HttpResponse<?> response, String type, String vi, String en) {
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, response.getStatus(), String.valueOf(response.body()));
        assertTrue(response.getContentType().map(Object::toString).orElse("").startsWith("application/problem+json"));
        Map<String, Object> problem = Api.errorBody(response);
        assertEquals("urn:dvk:problem:" + type, problem.get("type"));
        assertTrue(
                problem.get("message_vi").toString().startsWith(vi),
                problem.get("message_vi").toString());
        assertTrue(
                problem.get("message_en").toString().startsWith(en),
                problem.get("message_en").toString());
    }
}
