package cn.zwgk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.ItemKind;
import cn.zwgk.core.dataset.Dataset;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.ibm.icu.text.Transliterator;
import java.awt.image.BufferedImage;
import java.util.Map;
import javax.imageio.ImageIO;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged kiosk jar, started as residents' kiosks start it, synced from a real sync-server and
 * looked at in headless Chromium. Screenshots go to {@code target/screenshots/}.
 */
class KioskBrowserIT {
    static final Path SHOTS = Path.of("target", "screenshots");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Dataset DATA = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED)
            .generate(DemoDataGenerator.DEMO_ITEM_COUNT, cn.zwgk.core.time.AppClock.testDay());

    @TempDir
    Path dir;
    SyncServer server;
    Process kiosk;
    ChromeDriver browser;
    int kioskPort;
    /** One-time code the kiosk enrols with on its first start (later starts are already enrolled). */
    String enrolCode;
    static final String SITE = "110199001001";

    @BeforeEach
    void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), cn.zwgk.core.time.AppClock.forTests());
        server.importer().importDataset(DATA);
        server.start();
        kioskPort = freePort();
        enrolCode = server.enrolment().issueCode(SITE, java.time.Duration.ofHours(1));
        kiosk = startKiosk(server.port());
        browser = chromium();
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        stopKiosk();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void residentBrowsesFromTheDomainTilesToAnItem() throws Exception {
        awaitFirstSync();
        browser.get(kioskUrl("/"));
        List<WebElement> tiles = waitFor(By.cssSelector("a.domain-tile"), 26);
        assertThat(tiles).hasSizeGreaterThanOrEqualTo(26);
        assertThat(tiles.stream().map(WebElement::getText)).anySatisfy(t -> assertThat(t).contains("社会保险"));
        assertThat(tiles.getFirst().getSize().getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(browser.findElement(By.id("freshness")).getText()).startsWith("数据更新于 ");
        shot("kiosk-home.png");

        WebElement socialInsurance = tiles.stream().filter(t -> t.getText().contains("社会保险")).findFirst().orElseThrow();
        // below the fold (the fixed footer covers the last row): scroll as a person would, then tap
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", socialInsurance);
        socialInsurance.click();
        List<WebElement> level1Rows = waitFor(By.cssSelector("a.level1-row"), 1);
        assertThat(browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains("首页").contains("社会保险");
        assertThat(level1Rows.getFirst().getText()).containsPattern("\\d+ 项");
        assertThat(level1Rows.getFirst().getSize().getHeight()).isGreaterThanOrEqualTo(48);
        shot("kiosk-domain.png");

        String level1 = level1Rows.getFirst().findElement(By.cssSelector(".row-name")).getText();
        level1Rows.getFirst().click();
        List<WebElement> items = waitFor(By.cssSelector("a.item-row"), 1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(level1);
        assertThat(browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains("社会保险").contains(level1);
        assertThat(browser.getCurrentUrl()).matches(".*/level1/social-insurance/[0-9a-f]{12}$");
        shot("kiosk-level1.png");

        String itemName = items.getFirst().findElement(By.cssSelector(".row-name")).getText();
        items.getFirst().click();
        waitFor(By.cssSelector(".item-elements dt"), 5);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(itemName);
        assertThat(browser.findElement(By.cssSelector(".item-elements")).getText())
                .contains("公开内容").contains("公开依据").contains("公开时限").contains("公开主体");
        shot("kiosk-item.png");

        browser.findElement(By.cssSelector("a.back-button")).click();
        waitFor(By.cssSelector("a.item-row"), 1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(level1);
        browser.findElement(By.cssSelector("a.back-button")).click();
        waitFor(By.cssSelector("a.level1-row"), 1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("社会保险");
    }

    /** The main path: 简体 query → a 繁體 item → its QR code, decoded from the screenshot, is the item's URL. */
    @Test
    void residentSearchesInSimplifiedOpensATraditionalItemAndScansItsQrCode() throws Exception {
        awaitFirstSync();
        CatalogueItem hant = DATA.items().stream()
                .filter(i -> i.domainCode().equals("social-insurance") && i.kind() == ItemKind.ITEM
                        && "zh-Hant".equals(i.language()) && i.onlineUrl() != null)
                .findFirst().orElseThrow();
        String simplifiedQuery = Transliterator.getInstance("Traditional-Simplified").transliterate(hant.name());
        assertThat(simplifiedQuery).isNotEqualTo(hant.name());

        browser.get(kioskUrl("/"));
        waitFor(By.cssSelector("a.domain-tile"), 1);
        browser.findElement(By.cssSelector("a.search-entry")).click();
        WebElement field = waitFor(By.cssSelector("#search-field input"), 1).getFirst();
        field.sendKeys(simplifiedQuery);
        By result = By.cssSelector("a.search-result[href$='" + hant.id() + "']");
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(result).getText().contains(hant.name()));
        Thread.sleep(500);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(result));
        shot("kiosk-search-hant.png");

        clickWhenStable(result);
        WebElement code = waitFor(By.cssSelector("img.qr-code"), 1).getFirst();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> code.getSize().getWidth() >= 280);
        assertThat(code.getSize().getWidth()).isGreaterThanOrEqualTo(280);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(hant.name());
        assertThat(browser.findElement(By.cssSelector(".language-note")).getText()).isEqualTo("本条目为繁体中文原文");
        assertThat(browser.findElement(By.cssSelector(".qr-url")).getText()).isEqualTo(hant.onlineUrl());
        shot("kiosk-item-qr.png");

        BufferedImage screenshot = ImageIO.read(SHOTS.resolve("kiosk-item-qr.png").toFile());
        String decoded = new MultiFormatReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(screenshot))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                        DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        assertThat(decoded).isEqualTo(hant.onlineUrl());
    }

    @Test
    void residentReadsTheCommunityNoticesFromHome() throws Exception {
        awaitFirstSync();
        browser.get(kioskUrl("/"));
        waitFor(By.cssSelector("a.notice-entry"), 1).getFirst().click();
        List<WebElement> rows = waitFor(By.cssSelector("a.notice-row"), 1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("居务公开").contains("东湖社区");
        assertThat(rows).allSatisfy(r -> assertThat(r.getText()).containsPattern("公示期：(长期|\\d{4}年\\d+月\\d+日 至 \\d{4}年\\d+月\\d+日)"));
        shot("kiosk-notices.png");

        // the demo data places publicity periods around the test day: lists are on the board whatever the date
        List<WebElement> lists = browser.findElements(By.xpath("//vaadin-button[contains(., '低保/特困名单')]"));
        assertThat(lists).as("a 低保/特困名单 filter: the demo data has lists in their 公示期 on %s",
                cn.zwgk.core.time.AppClock.testDay()).isNotEmpty();
        lists.getFirst().click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("a.notice-row"))
                        .stream().allMatch(r -> r.getText().contains("公示")));
        clickWhenStable(By.cssSelector("a.notice-row"));
        waitFor(By.cssSelector(".notice-article h1"), 1);
        assertThat(browser.findElement(By.cssSelector(".notice-meta")).getText()).contains("公示期");
        assertThat(browser.findElements(By.cssSelector("table.field-table tbody tr"))).isNotEmpty();
        shot("kiosk-notice.png");
    }

    @Test
    void withTheServerGoneTheKioskStartsWithItsLastDataAndSaysSo() throws Exception {
        awaitFirstSync();
        stopKiosk();
        server.close();
        server = null;
        kiosk = startKiosk(freePort());
        awaitHealth(h -> h.contains("\"lastError\":\""));

        browser.get(kioskUrl("/"));
        assertThat(waitFor(By.cssSelector("a.domain-tile"), 26)).hasSizeGreaterThanOrEqualTo(26);
        assertThat(browser.findElement(By.id("freshness")).getText())
                .startsWith("数据更新于 ").contains("暂时无法连接中心服务器");
        shot("kiosk-home-offline.png");
    }

    private Process startKiosk(int serverPort) throws IOException {
        String jar = System.getProperty("kiosk.jar", "target/kiosk-app-all.jar");
        assertThat(Path.of(jar)).as("packaged kiosk jar (run `./mvnw verify`)").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx192m", "-XX:+UseSerialGC", cn.zwgk.core.time.AppClock.testJvmArgument(), "-jar", jar, "--port", String.valueOf(kioskPort),
                "--data", dir.resolve("kiosk").toString(), "--server", "http://127.0.0.1:" + serverPort,
                "--kiosk-id", "browser-it", "--site", SITE, "--enrol-code", enrolCode, "--sync-interval", "PT10M")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("kiosk.log").toFile())
                .start();
    }

    private void stopKiosk() throws InterruptedException {
        if (kiosk != null) {
            kiosk.destroy();
            if (!kiosk.waitFor(30, TimeUnit.SECONDS)) {
                kiosk.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            kiosk = null;
        }
    }

    private void awaitFirstSync() throws Exception {
        awaitHealth(h -> h.contains("\"lastSuccessAt\":\""));
    }

    private void awaitHealth(java.util.function.Predicate<String> ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String last = "";
        while (System.nanoTime() < deadline) {
            assertThat(kiosk.isAlive()).as("kiosk process alive; log:\n%s", log()).isTrue();
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(kioskUrl("/health"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                last = r.body();
                if (r.statusCode() == 200 && ready.test(last)) {
                    return;
                }
            } catch (IOException notYetListening) {
                last = notYetListening.toString();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("kiosk not ready within 120 s; last health: " + last + "\nlog:\n" + log());
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("kiosk.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private List<WebElement> waitFor(By selector, int atLeast) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(selector, atLeast - 1));
        return browser.findElements(selector);
    }

    /** Clicks what the selector finds, looking again when the screen re-rendered it in between (bounded). */
    private void clickWhenStable(By selector) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement element = browser.findElement(selector);
                // Rows may sit under the fixed footer line: bring the row to the middle first.
                browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return;
            } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                if (attempt == 10) {
                    throw e;
                }
                Thread.sleep(300);
            }
        }
    }

    private void shot(String name) throws IOException {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private String kioskUrl(String path) {
        return "http://127.0.0.1:" + kioskPort + path;
    }

    private ChromeDriver chromium() throws IOException {
        return cn.zwgk.kiosk.testing.BrowserKiosk.chromium(dir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
