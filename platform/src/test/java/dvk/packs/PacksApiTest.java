package dvk.packs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.Api;
import dvk.support.DatabaseTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The six-month pack of the demo province, end to end: request, progress, files, and the same numbers. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PacksApiTest implements DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    BlockingHttpClient client;
    long campaignId;
    Map<?, ?> rollup;
    long packId;

    @Override
    public boolean withDemoData() {
        return true;
    }

    @BeforeAll
    void generateTheProvincePack() throws InterruptedException {
        client = http.toBlocking();
        Api tinh = Api.as(client, "tinh");
        campaignId = ((List<?>) tinh.getAny("/api/campaigns").body())
                .stream()
                        .map(c -> (Map<?, ?>) c)
                        .filter(c -> "10".equals(c.get("issuerCode")))
                        .mapToLong(c -> ((Number) c.get("id")).longValue())
                        .findFirst()
                        .orElseThrow();
        rollup = tinh.get("/api/rollups/10?campaign=" + campaignId + "&period=2023-H1")
                .body();
        HttpResponse<Map> accepted = tinh.post(
                "/api/packs",
                Map.of(
                        "unitCode",
                        "10",
                        "campaignId",
                        campaignId,
                        "period",
                        "2023-H1",
                        "kind",
                        "so-ket-6-thang",
                        "number",
                        "Số 12-BC/BDVTU"));
        assertEquals(HttpStatus.ACCEPTED, accepted.getStatus());
        packId = ((Number) accepted.body().get("id")).longValue();
        for (int i = 0; i < 240 && !"done".equals(status().get("status")); i++) {
            assertTrue(!"failed".equals(status().get("status")), "pack failed: " + status());
            Thread.sleep(250);
        }
        assertEquals("done", status().get("status"));
    }

    @Test
    void pdfCarriesThePartyDocumentLayoutAndTheRollupsTotals() throws IOException {
        byte[] pdf = file("pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFC);
            assertTrue(text.contains("ĐẢNG CỘNG SẢN VIỆT NAM"));
            assertTrue(text.contains("TỈNH ỦY LÀO CAI"));
            assertTrue(text.contains("BAN DÂN VẬN"));
            assertTrue(text.matches("(?s).*Lào Cai, ngày \\d{2} tháng \\d{1,2} năm \\d{4}.*"), "date line");
            assertTrue(text.contains("Số 12-BC/BDVTU"));
            assertTrue(text.contains("BÁO CÁO"));
            assertTrue(text.contains("Sơ kết 6 tháng đầu năm 2023"));
            // a Ban's document is signed by its head, not on behalf of the Party committee's standing board
            assertTrue(text.contains("TRƯỞNG BAN"));
            assertFalse(text.contains("T/M BAN THƯỜNG VỤ"), "a Ban's report is not signed T/M BAN THƯỜNG VỤ");
            assertTrue(text.contains("Nguyễn Thị Minh Hạnh"));
            assertTrue(text.contains("Nơi nhận"));
            assertTrue(text.contains("có " + thousands(totalModels()) + " mô hình"), "total models " + totalModels());
            for (PDPage page : document.getPages()) {
                float shortSide = Math.min(
                        page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                float longSide = Math.max(
                        page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                assertEquals(595, shortSide, 1.5);
                assertEquals(842, longSide, 1.5);
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
            savePreview(pdf);
        }
    }

    @Test
    void docxIsEditableParagraphsAndTablesWithTheSameTotal() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(file("docx")))) {
            String paragraphs =
                    docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(paragraphs.contains("Sơ kết 6 tháng đầu năm 2023"));
            assertTrue(paragraphs.contains(thousands(totalModels())));
            List<String> cells = new ArrayList<>();
            for (XWPFTable table : docx.getTables()) {
                table.getRows().forEach(r -> r.getTableCells().forEach(c -> cells.add(c.getText())));
            }
            assertTrue(cells.contains("Tổng cộng"));
            assertTrue(cells.contains(thousands(totalModels())));
        }
    }

    @Test
    void xlsxHoldsTheTotalsAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file("xlsx")))) {
            boolean found = false;
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    found |= cell.getCellType() == CellType.NUMERIC && cell.getNumericCellValue() == totalModels();
                }
            }
            assertTrue(found, "no numeric cell with " + totalModels());
        }
    }

    @Test
    void zipHoldsTheThreeFilesUnderAsciiNames() throws IOException {
        HttpResponse<byte[]> zip =
                Api.as(client, "tinh").send(HttpRequest.GET("/api/packs/" + packId + "/file"), byte[].class);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertEquals(
                List.of(
                        "so-ket-6-thang-2023-H1-tinh-lao-cai.pdf",
                        "so-ket-6-thang-2023-H1-tinh-lao-cai.docx",
                        "so-ket-6-thang-2023-H1-tinh-lao-cai.xlsx"),
                names);
    }

    @Test
    void packRecordsTheDataTimeItUsed() {
        assertEquals(rollup.get("asOf"), status().get("asOf"));
    }

    @Test
    void aSiblingDistrictCannotSeeOrDownloadTheProvincesPack() {
        Api bacHa = Api.as(client, "huyen2");

        assertEquals(HttpStatus.NOT_FOUND, bacHa.get("/api/packs/" + packId).getStatus());
        assertEquals(
                HttpStatus.NOT_FOUND,
                bacHa.send(HttpRequest.GET("/api/packs/" + packId + "/file/pdf"), byte[].class)
                        .getStatus());
    }

    @Test
    void theYearAndStageEndPacksOfTheOldProvinceComplete() throws InterruptedException {
        // the old province ended on 30/6/2025, inside both periods: its units are read as of that day
        for (String period : List.of("2025", "2022-2025")) {
            Api tinh = Api.as(client, "tinh");
            HttpResponse<Map> accepted = tinh.post(
                    "/api/packs",
                    Map.of("unitCode", "10", "campaignId", campaignId, "period", period, "kind", "tong-ket-nam"));
            assertEquals(HttpStatus.ACCEPTED, accepted.getStatus(), period + ": " + accepted.body());
            String id = String.valueOf(accepted.body().get("id"));
            Map<?, ?> state = tinh.get("/api/packs/" + id).body();
            for (int i = 0;
                    i < 240 && !"done".equals(state.get("status")) && !"failed".equals(state.get("status"));
                    i++) {
                Thread.sleep(250);
                state = tinh.get("/api/packs/" + id).body();
            }
            assertEquals("done", state.get("status"), period + ": " + state);
            Map<?, ?> yearRollup = tinh.get("/api/rollups/10?campaign=" + campaignId + "&period=" + period)
                    .body();
            assertEquals(
                    HttpStatus.OK,
                    tinh.send(HttpRequest.GET("/api/packs/" + id + "/file/pdf"), byte[].class)
                            .getStatus());
            assertTrue(
                    ((Number) ((Map<?, ?>) yearRollup.get("totals")).get("models")).longValue() > 0,
                    period + " has the demo's registrations");
        }
    }

    private long totalModels() {
        return ((Number) ((Map<?, ?>) rollup.get("totals")).get("models")).longValue();
    }

    private Map<?, ?> status() {
        return Api.as(client, "tinh").get("/api/packs/" + packId).body();
    }

    private byte[] file(String format) {
        HttpResponse<byte[]> response =
                Api.as(client, "tinh").send(HttpRequest.GET("/api/packs/" + packId + "/file/" + format), byte[].class);
        assertEquals(HttpStatus.OK, response.getStatus());
        return response.body();
    }

    private static String thousands(long value) {
        return String.format(java.util.Locale.GERMANY, "%,d", value);
    }

    /** Page 1 as PNG under target/ for a person to look at, when poppler's pdftoppm is installed. */
    private static void savePreview(byte[] pdf) throws IOException {
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        if (!Files.isExecutable(pdftoppm)) {
            System.out.println("pdftoppm not installed: no PNG preview of the pack");
            return;
        }
        Path dir = Files.createDirectories(Path.of("target", "pack-preview"));
        Path file = dir.resolve("so-ket-6-thang-tinh-lao-cai.pdf");
        Files.write(file, pdf);
        try {
            new ProcessBuilder(
                            pdftoppm.toString(),
                            "-f",
                            "1",
                            "-l",
                            "1",
                            "-r",
                            "80",
                            "-png",
                            file.toString(),
                            dir.resolve("page").toString())
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
