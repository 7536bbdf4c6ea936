package cn.zwgk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged kiosk jar, started as residents' kiosks start it, synced from a real sync-server and
 * looked at in headless Chromium. Screenshots go to {@code target/screenshots/}.
 */
class KioskBrowserIT {
    static final Path SHOTS = Path.of("target", "screenshots");
    static final HttpClient HTTP = HttpClient.newHttpClient();

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
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), Clock.systemUTC());
        server.importer().importDataset(new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED)
                .generate(DemoDataGenerator.DEMO_ITEM_COUNT));
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

        tiles.stream().filter(t -> t.getText().contains("社会保险")).findFirst().orElseThrow().click();
        List<WebElement> items = waitFor(By.cssSelector("a.item-row"), 1);
        assertThat(browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains("首页").contains("社会保险");
        shot("kiosk-domain.png");

        String itemName = items.getFirst().getText();
        items.getFirst().click();
        waitFor(By.cssSelector(".item-elements dt"), 5);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(itemName);
        assertThat(browser.findElement(By.cssSelector(".item-elements")).getText())
                .contains("公开内容").contains("公开依据").contains("公开时限").contains("公开主体");
        shot("kiosk-item.png");

        browser.findElement(By.cssSelector("a.back-button")).click();
        waitFor(By.cssSelector("a.item-row"), 1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("社会保险");
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
        return new ProcessBuilder(java, "-Xmx192m", "-XX:+UseSerialGC", "-jar", jar, "--port", String.valueOf(kioskPort),
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

    private void shot(String name) throws IOException {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private String kioskUrl(String path) {
        return "http://127.0.0.1:" + kioskPort + path;
    }

    private ChromeDriver chromium() throws IOException {
        Path chromium = Path.of("/usr/bin/chromium");
        Path driver = Path.of("/usr/bin/chromedriver");
        assertThat(chromium).as("Chromium for browser tests: apt-get install -y chromium chromium-driver").exists();
        assertThat(driver).as("ChromeDriver: apt-get install -y chromium-driver").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1920,1080", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
