package cn.zwgk.kiosk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Test rig for browser tests: a real sync-server with the demo data, the
 * packaged kiosk jar as a child process (synced once over loopback HTTP) and headless Chromium with the
 * flags that work as root here. Screenshots go to {@code target/screenshots/}.
 */
public final class BrowserKiosk implements AutoCloseable {
    public static final Path SHOTS = Path.of("target", "screenshots");
    public static final String SITE = "110199001001";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    public final Dataset dataset = new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED)
            .generate(DemoDataGenerator.DEMO_ITEM_COUNT, cn.zwgk.core.time.AppClock.testDay());
    private final Path dir;
    private final SyncServer server;
    private final List<Process> kiosks = new ArrayList<>();
    private final List<ChromeDriver> browsers = new ArrayList<>();

    public BrowserKiosk(Path dir) throws Exception {
        this.dir = dir;
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), cn.zwgk.core.time.AppClock.forTests());
        server.importer().importDataset(dataset);
        server.start();
        Files.createDirectories(SHOTS);
    }

    /** Starts a kiosk with {@code extraArgs} (e.g. {@code --idle-timeout PT3S}), waits for its first sync, returns its base URL. */
    public String startKiosk(String name, String... extraArgs) throws Exception {
        String jar = System.getProperty("kiosk.jar", "target/kiosk-app-all.jar");
        assertThat(Path.of(jar)).as("packaged kiosk jar (run `./mvnw verify`)").exists();
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx192m", "-XX:+UseSerialGC", cn.zwgk.core.time.AppClock.testJvmArgument(), "-jar", jar, "--port", String.valueOf(port),
                "--data", dir.resolve(name).toString(), "--server", "http://127.0.0.1:" + server.port(),
                "--kiosk-id", name, "--site", SITE, "--sync-interval", "PT10M",
                "--enrol-code", server.enrolment().issueCode(SITE, Duration.ofHours(1))));
        command.addAll(List.of(extraArgs));
        Path log = dir.resolve(name + ".log");
        Process kiosk = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        kiosks.add(kiosk);
        String base = "http://127.0.0.1:" + port;
        awaitFirstSync(kiosk, base, log);
        return base;
    }

    /** The central server the kiosks sync with (e.g. to add a staff account before a kiosk starts). */
    public SyncServer server() {
        return server;
    }

    public ChromeDriver browser() throws IOException {
        ChromeDriver browser = chromium(dir);
        browsers.add(browser);
        return browser;
    }

    /** Headless Chromium with the flags that work as root here (the caller quits it). */
    public static ChromeDriver chromium(Path dir) throws IOException {
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
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return browser;
    }

    public static List<WebElement> waitFor(ChromeDriver browser, By selector, int atLeast) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.numberOfElementsToBeMoreThan(selector, atLeast - 1));
        return browser.findElements(selector);
    }

    public static void shot(ChromeDriver browser, String name) throws IOException {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws Exception {
        browsers.forEach(ChromeDriver::quit);
        for (Process kiosk : kiosks) {
            kiosk.destroy();
            if (!kiosk.waitFor(30, TimeUnit.SECONDS)) {
                kiosk.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        server.close();
    }

    private static void awaitFirstSync(Process kiosk, String base, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String last = "";
        while (System.nanoTime() < deadline) {
            assertThat(kiosk.isAlive()).as("kiosk process alive; log:\n%s", read(log)).isTrue();
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
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
        throw new AssertionError("kiosk not synced within 120 s; last health: " + last + "\nlog:\n" + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
