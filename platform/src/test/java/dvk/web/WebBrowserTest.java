package dvk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dvk.support.DatabaseTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium driven through its chromedriver, against the
 * application on a random port. Without the two binaries the tests are skipped with the reason, except in CI
 * ({@code CI=true}), where that is a failure.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserTest implements DatabaseTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Inject
    EmbeddedServer server;

    WebDriver browser;
    WebDriverWait wait;
    Path profile;

    @Override
    public Map<String, String> getProperties() {
        return WebClient.randomPort(DatabaseTest.super.getProperties());
    }

    @BeforeAll
    void startChromium() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String reason =
                "browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)";
        if ("true".equals(System.getenv("CI"))) {
            Assertions.assertTrue(present, reason);
        }
        Assumptions.assumeTrue(present, reason);
        profile = Files.createTempDirectory("dvk-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        profile.resolve("downloads").toString(),
                        "download.prompt_for_download",
                        false));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=vi",
                "--window-size=1366,768",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(0)
    void theLoginFormWorksFromTheKeyboardAlone() {
        open("/dang-nhap");
        WebElement first = browser.switchTo().activeElement();
        assertEquals("username", first.getAttribute("id"), "the username input has the focus first");
        first.sendKeys("xa", Keys.TAB);
        browser.switchTo().activeElement().sendKeys(WebClient.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Xã Bảo Yên"));
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertEquals("skip", browser.switchTo().activeElement().getAttribute("class"), "the skip link comes first");
        browser.manage().deleteAllCookies();
    }

    @Test
    @Order(1)
    void huyenUploadsAFileWithErrorsAndSeesTheBadCellsInRed() {
        logIn("huyen");
        assertEquals("0", figure("figure-models"));
        open("/tai-len");
        upload("bao-yen-errors.csv");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("errors")));
        assertEquals(2, browser.findElements(By.cssSelector("#sheet td.bad")).size());
        assertEquals(
                "99999", browser.findElement(By.cssSelector("#sheet td.bad")).getText());
        assertTrue(browser.findElement(By.id("report-summary")).getText().contains("3 lỗi"));
        fullPage("upload-errors.png");
    }

    @Test
    @Order(2)
    void theFixedFileIsCheckedThenStored() {
        upload("bao-yen-fixed.csv");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("store"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-summary"), "Đã lưu 5 dòng."));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history-section"), "bao-yen-fixed.csv"));
    }

    @Test
    @Order(3)
    void theDashboardCountsTheNewModelsAndListsThemOnClick() {
        open("/");
        assertEquals("5", figure("figure-models"));
        browser.findElement(By.id("figure-models")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#model-list tbody tr"), 5));
        assertTrue(browser.findElement(By.id("model-list")).getText().contains("Nuôi ong lấy mật"));
        wait.until(d -> !d.findElements(By.cssSelector(".chart canvas")).isEmpty());
        screenshot("dashboard.png");
        fullPage("dashboard-full.png");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("dashboard-phone.png");
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    @Test
    @Order(4)
    void aChildRowDrillsDownAndTheBreadcrumbsLeadBack() {
        browser.findElement(By.linkText("Thị trấn Phố Ràng")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Thị trấn Phố Ràng"));
        assertEquals("2", figure("figure-models"));
        WebElement crumbs = browser.findElement(By.cssSelector("nav.crumbs"));
        // the province is above huyen's own unit: its name only, no link
        assertTrue(crumbs.findElements(By.linkText("Tỉnh Lào Cai")).isEmpty());
        assertTrue(crumbs.getText().contains("Tỉnh Lào Cai"));
        crumbs.findElement(By.linkText("Huyện Bảo Yên")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Huyện Bảo Yên"));
    }

    @Test
    @Order(5)
    void theBoardListsEveryCommuneOwingAReportAndFiltersByStatus() {
        open("/nop-bao-cao");
        // the six-month period asks for results and unit indicators; no commune has sent them
        WebElement row = browser.findElement(By.xpath("//table[@id='board']//tr[td[text()='Thị trấn Phố Ràng']]"));
        assertTrue(row.getText().contains("Chưa nộp"), row.getText());
        Select status = new Select(browser.findElement(By.id("board-status")));
        status.selectByValue("missing");
        assertEquals(17, shownRows("#board"));
        status.selectByValue("on-time");
        assertEquals(0, shownRows("#board"));
        status.selectByValue("");
        browser.findElement(By.cssSelector("#board thead th:nth-child(2) button"))
                .click();
        assertEquals(
                "ascending",
                browser.findElement(By.cssSelector("#board thead th:nth-child(2)"))
                        .getAttribute("aria-sort"));
        screenshot("board.png");
    }

    @Test
    @Order(6)
    void aPackIsMadeWithVisibleProgressAndDownloadedAsZip() throws IOException {
        open("/bo-tai-lieu");
        browser.findElement(By.id("make-pack")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pack-list tbody tr")));
        WebDriverWait generation = new WebDriverWait(browser, Duration.ofSeconds(120));
        generation
                .until(ExpectedConditions.elementToBeClickable(By.partialLinkText("ZIP")))
                .click();
        Path downloads = profile.resolve("downloads");
        generation.until(d -> zipIn(downloads) != null);
        try (ZipFile zip = new ZipFile(zipIn(downloads).toFile())) {
            assertEquals(3, zip.size());
            assertTrue(zip.stream().anyMatch(e -> e.getName().endsWith(".pdf")));
        }
        screenshot("packs.png");
    }

    @Test
    @Order(7)
    void aManagerSeesTheValidationMessageBesideTheInput() {
        browser.manage().deleteAllCookies();
        logIn("tinh");
        open("/phong-trao");
        browser.findElement(By.partialLinkText("2022–2025")).click();
        browser.findElement(By.id("edit-campaign")).click();
        WebElement lastYear = browser.findElement(By.id("lastYear"));
        lastYear.clear();
        lastYear.sendKeys("2019");
        browser.findElement(By.id("save-campaign")).click();
        assertEquals(
                "Năm kết thúc phải từ năm bắt đầu trở đi.",
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lastYear-error")))
                        .getText());
        assertEquals("true", browser.findElement(By.id("lastYear")).getAttribute("aria-invalid"));
        screenshot("campaign-errors.png");
    }

    @Test
    @Order(9)
    void huyen2GetsTheNotFoundPageForBaoYen() {
        browser.manage().deleteAllCookies();
        logIn("huyen2");
        open("/?don-vi=087");
        assertEquals(
                "Không tìm thấy trang", browser.findElement(By.tagName("h1")).getText());
        assertFalse(browser.getPageSource().contains("Bảo Yên"));
    }

    /** A finished download: Chromium writes ".crdownload" until the file is complete. */
    private static Path zipIn(Path folder) {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".zip")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private long shownRows(String table) {
        return browser.findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .count();
    }

    private void logIn(String username) {
        open("/dang-nhap");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(WebClient.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit].primary")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("nav.menu")));
    }

    private void open(String path) {
        browser.get(server.getURI().resolve(path).toString());
    }

    private void upload(String resource) {
        browser.findElement(By.id("upload-file"))
                .sendKeys(resourceFile(resource).toString());
        browser.findElement(By.id("check")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#report #report-body")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("report-body"), resource.contains("errors") ? "lỗi" : "Tệp hợp lệ"));
    }

    private String figure(String id) {
        return browser.findElement(By.cssSelector("#" + id + " .value")).getText();
    }

    private Path resourceFile(String name) {
        try {
            Path file = profile.resolve(name);
            Files.write(file, WebUploadTest.file(name));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole page at the office screen's width, however long it is. */
    private void fullPage(String name) {
        Object height = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1366, Math.min(4000, ((Number) height).intValue() + 140)));
        screenshot(name);
        browser.manage().window().setSize(new Dimension(1366, 768));
    }

    private void screenshot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
