package dvk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.reports.pack.ReportPack;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfPackTest {

    /** 30 mm in points, less half a point for rounding. */
    private static final float LEFT_MARGIN = 85.04f - 0.5f;
    /** 15 mm from the right edge, plus the overhang PDFBox reports for right-aligned italic glyphs. */
    private static final float RIGHT_EDGE = 595f - 42.52f + 1.5f;

    private final ReportPack pack = SamplePacks.province(2000);
    private byte[] pdf;
    private PDDocument document;
    private String text;

    @BeforeAll
    void render() throws IOException {
        pdf = new PackRenderer().pdf(pack);
        document = Loader.loadPDF(pdf);
        // wrapped lines would split phrases; compare on single spaces
        text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        Path target = Path.of("target");
        Files.write(target.resolve("sample-pack.pdf"), pdf);
        pageOneAsPng(target);
    }

    @AfterAll
    void close() throws IOException {
        document.close();
    }

    @Test
    void printsTheHeaderBlockTitleAndDate() {
        assertContains("ĐẢNG CỘNG SẢN VIỆT NAM");
        assertContains("TỈNH ỦY LÀO CAI");
        assertContains("BAN DÂN VẬN");
        assertContains("Số 12-BC/BDVTU");
        assertContains("Lào Cai, ngày 15 tháng 6 năm 2023");
        assertContains("BÁO CÁO");
        assertContains("Sơ kết 6 tháng đầu năm 2023 phong trào thi đua “Dân vận khéo”");
    }

    @Test
    void printsTheFiguresWithTheirChange() {
        assertContains("2.000 mô hình “Dân vận khéo” đăng ký thực hiện (tăng 12 mô hình so với cùng kỳ)");
        assertContains("Tổng cộng");
        assertContains("Chưa đạt");
        assertContains("Huyện Mường Khương: Đăng ký mô hình");
    }

    /** Issue 13 item 3: each quota's list prints as many rows as its count, and a missing quota says so. */
    @Test
    void printsOneListPerQuotaWithAsManyRowsAsItCounts() {
        assertContains("Chủ tịch UBND tỉnh Cá nhân Chưa có chỉ tiêu – 0 0");
        assertContains("Ban Thường vụ Tỉnh ủy – tập thể được đề nghị khen thưởng (2): - 1. Chi bộ thôn Khuổi Phường"
                + " (Huyện Bảo Yên)");
        assertContains("- 2. Hội Liên hiệp Phụ nữ xã Bảo Hà (Huyện Bảo Yên)");
        assertContains("Ban Thường vụ Tỉnh ủy – cá nhân được đề nghị khen thưởng (1): - 1. Ông Nguyễn Văn Hùng");
        assertContains("Chủ tịch UBND tỉnh: chưa có tập thể được đề nghị khen thưởng.");
        long entries = pack.commendation().entries().size();
        assertEquals(3, entries);
        assertEquals(entries, text.split("\\), mô hình “", -1).length - 1L);
    }

    @Test
    void printsSignatureRecipientsAndPageFooter() {
        assertContains("K/T TRƯỞNG BAN");
        assertContains("PHÓ TRƯỞNG BAN");
        assertContains("Nguyễn Xuân Nhẫn");
        assertContains("Nơi nhận:");
        int pages = document.getNumberOfPages();
        assertContains("Trang 1/" + pages);
        assertContains("Trang " + pages + "/" + pages);
        assertContains("Số liệu tính đến 16:30 ngày 30/06/2023");
    }

    @Test
    void theSignatureSharesItsPageWithTheLastParagraphAndNoPageSaysNull() throws IOException {
        assertFalse(text.contains("null"), "a page prints null");
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String onPage = stripper.getText(document);
            int signature = onPage.indexOf("Nơi nhận:");
            if (signature < 0) {
                continue;
            }
            String before = onPage.substring(0, signature)
                    .lines()
                    .filter(line ->
                            !line.isBlank() && !line.startsWith("Số liệu tính đến") && !line.startsWith("Trang "))
                    .reduce("", (a, b) -> a + b);
            assertTrue(before.length() > 20, "page " + page + " holds the signature block alone: " + onPage);
            return;
        }
        throw new AssertionError("no page carries the signature block");
    }

    @Test
    void printsEveryAnnexRegistration() {
        assertContains("PHỤ LỤC");
        assertContains("I Tập thể");
        assertContains("II Cá nhân");
        assertContains("Chi bộ thôn Khuổi Phường");
    }

    @Test
    void keepsVietnameseTextComposed() {
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "PDF text is not NFC");
        assertTrue(text.contains("Huyện Bảo Yên"));
    }

    @Test
    void embedsEveryFontAndUsesOnlyTheBundledSerif() throws IOException {
        List<String> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded(), "font not embedded: " + font.getName());
                fonts.add(font.getName());
            }
        }
        assertTrue(fonts.stream().allMatch(name -> name.contains("LiberationSerif")), "unexpected fonts: " + fonts);
    }

    @Test
    void usesA4PortraitForTheReportAndLandscapeForTheAnnex() {
        float[] first = shownSize(document.getPage(0));
        assertEquals(595f, first[0], 1f);
        assertEquals(842f, first[1], 1f);
        float[] last = shownSize(document.getPage(document.getNumberOfPages() - 1));
        assertEquals(842f, last[0], 1f);
        assertEquals(595f, last[1], 1f);
    }

    /** Width and height as a viewer shows the page: JasperReports prints landscape as a rotated A4. */
    private static float[] shownSize(PDPage page) {
        PDRectangle box = page.getMediaBox();
        boolean turned = page.getRotation() % 180 != 0;
        return turned ? new float[] {box.getHeight(), box.getWidth()} : new float[] {box.getWidth(), box.getHeight()};
    }

    @Test
    void keepsPortraitTextInsideTheDecreeMargins() throws IOException {
        MarginProbe probe = new MarginProbe();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (shownSize(document.getPage(page - 1))[0] < 600) {
                probe.setStartPage(page);
                probe.setEndPage(page);
                probe.getText(document);
            }
        }
        assertTrue(probe.minX >= LEFT_MARGIN, "text starts at " + probe.minX + " pt, left of 30 mm");
        assertTrue(probe.maxX <= RIGHT_EDGE, "text ends at " + probe.maxX + " pt, right of the 15 mm margin");
        assertTrue(probe.minY >= 56, "text above the 20 mm top margin at " + probe.minY);
    }

    private void assertContains(String expected) {
        assertTrue(text.contains(expected), () -> "PDF text lacks: " + expected);
    }

    /** Renders page 1 for a person to look at, where poppler's pdftoppm is installed. */
    private void pageOneAsPng(Path target) throws IOException {
        boolean hasPdftoppm = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pdftoppm")));
        if (!hasPdftoppm) {
            return;
        }
        Process process = new ProcessBuilder(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "100",
                        "-f",
                        "1",
                        "-l",
                        "3",
                        target.resolve("sample-pack.pdf").toString(),
                        target.resolve("sample-pack-page").toString())
                .redirectErrorStream(true)
                .start();
        try {
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Collects the extreme glyph positions of the pages it strips. */
    private static final class MarginProbe extends PDFTextStripper {
        float minX = Float.MAX_VALUE;
        float maxX = 0;
        float minY = Float.MAX_VALUE;

        MarginProbe() throws IOException {}

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                if (position.getUnicode().isBlank()) {
                    continue;
                }
                minX = Math.min(minX, position.getXDirAdj());
                maxX = Math.max(maxX, position.getXDirAdj() + position.getWidthDirAdj());
                minY = Math.min(minY, position.getYDirAdj() - position.getHeightDir());
            }
        }
    }
}
