package cn.zwgk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import com.ibm.icu.text.Transliterator;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search screen of the packaged kiosk in headless Chromium, after a real sync of the demo data:
 * results as you type (简体 query, 繁體 item), the pinyin-initials pad, and "没有找到" with suggestions.
 * Screenshots: {@code target/screenshots/search-*.png}.
 */
class SearchBrowserIT {
    static final Path SHOTS = Path.of("target", "screenshots");
    static final String SITE = "110199001001";
    static final Dataset DATA = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED)
            .generate(DemoDataGenerator.DEMO_ITEM_COUNT);

    @TempDir
    Path dir;
    SyncServer server;
    Process kiosk;
    ChromeDriver browser;
    int port;

    @BeforeEach
    void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), Clock.systemUTC());
        server.importer().importDataset(DATA);
        server.start();
        port = freePort();
        String jar = System.getProperty("kiosk.jar", "target/kiosk-app-all.jar");
        assertThat(Path.of(jar)).as("packaged kiosk jar (run `./mvnw verify`)").exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        String enrolCode = server.enrolment().issueCode(SITE, Duration.ofHours(1));
        kiosk = new ProcessBuilder(java, "-Xmx192m", "-XX:+UseSerialGC", "-jar", jar, "--port", String.valueOf(port),
                "--data", dir.resolve("kiosk").toString(), "--server", "http://127.0.0.1:" + server.port(),
                "--kiosk-id", "search-it", "--site", SITE, "--enrol-code", enrolCode, "--sync-interval", "PT10M")
                .redirectErrorStream(true).redirectOutput(dir.resolve("kiosk.log").toFile()).start();
        awaitFirstSync();
        browser = chromium();
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (kiosk != null) {
            kiosk.destroy();
            if (!kiosk.waitFor(30, TimeUnit.SECONDS)) {
                kiosk.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void residentSearchesInSimplifiedAndFindsATraditionalItem() throws Exception {
        CatalogueItem traditional = DATA.items().stream().filter(i -> "zh-Hant".equals(i.language()))
                .filter(i -> i.kind() == cn.zwgk.core.catalogue.ItemKind.ITEM).findFirst().orElseThrow();
        String simplified = Transliterator.getInstance("Traditional-Simplified").transliterate(traditional.name());
        assertThat(simplified).isNotEqualTo(traditional.name());

        browser.get(url("/"));
        waitFor(By.cssSelector("a.search-button"), 1).getFirst().click();
        WebElement input = waitFor(By.cssSelector("#search-field input"), 1).getFirst();
        input.sendKeys(simplified);

        List<WebElement> results = waitFor(By.cssSelector("a.search-result"), 1);
        assertThat(results.getFirst().getText()).contains(traditional.name());
        assertThat(results.getFirst().findElements(By.cssSelector("mark.search-hit"))).isNotEmpty();
        assertThat(results.getFirst().getSize().getHeight()).isGreaterThanOrEqualTo(64);
        assertThat(browser.findElement(By.id("search-status")).getText()).startsWith("找到 ");
        shot("search-results.png");

        // The data-freshness footer is fixed at the bottom: bring the row to the middle before tapping it.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", results.getFirst());
        results.getFirst().click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith("/item/" + traditional.id()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(traditional.name());
    }

    @Test
    void residentWithoutAKeyboardUsesThePinyinPad() throws Exception {
        browser.get(url("/search"));
        for (String letter : List.of("S", "H", "B", "X")) {
            WebElement key = waitFor(By.id("pad-key-" + letter), 1).getFirst();
            assertThat(key.getSize().getHeight()).isGreaterThanOrEqualTo(64);
            assertThat(key.getSize().getWidth()).isGreaterThanOrEqualTo(64);
            key.click();
        }
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("a.search-result"))
                .stream().anyMatch(r -> r.getText().contains("社会保险")));
        assertThat(browser.findElement(By.cssSelector("#search-field input")).getAttribute("value")).isEqualTo("SHBX");
        shot("search-pad.png");
    }

    @Test
    void nothingFoundOffersDomainsAndPopularItems() throws Exception {
        browser.get(url("/search"));
        waitFor(By.cssSelector("#search-field input"), 1).getFirst().sendKeys("宇宙飞船");

        List<WebElement> domains = waitFor(By.cssSelector("a.search-domain"), 20);
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("没有找到“宇宙飞船”");
        assertThat(browser.findElements(By.cssSelector("a.search-popular-item"))).isNotEmpty();
        assertThat(domains.getFirst().getSize().getHeight()).isGreaterThanOrEqualTo(64);
        shot("search-not-found.png");
    }

    private void awaitFirstSync() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String last = "";
        while (System.nanoTime() < deadline) {
            assertThat(kiosk.isAlive()).as("kiosk alive; log:\n%s", log()).isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url("/health"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                last = r.body();
                if (r.statusCode() == 200 && last.contains("\"lastSuccessAt\":\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                last = notYetListening.toString();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("kiosk not synced within 120 s; last health: " + last + "\nlog:\n" + log());
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("kiosk.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private List<WebElement> waitFor(By selector, int atLeast) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElements(selector).size() >= atLeast);
        return browser.findElements(selector);
    }

    private void shot(String name) throws IOException {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private ChromeDriver chromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1920,1080", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
