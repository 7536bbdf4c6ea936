package cn.zwgk.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.staff.Role;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium against a started server with the demo data: login, then each
 * page of the navigation, with screenshots under {@code target/screenshots/} for a person to look at.
 */
class ConsoleBrowserIT {
    static final Path SHOTS = Path.of("target", "screenshots");
    @TempDir
    static Path dir;
    static SyncServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), cn.zwgk.core.time.AppClock.forTests(), true);
        server.importer().importDataset(new DemoDataGenerator(DemoDataGenerator.DEFAULT_SEED).generate(300, cn.zwgk.core.time.AppClock.testDay()));
        server.consoleServices().staff().bootstrap("admin", "中心管理员", "central-2026", Set.of(Role.CENTRAL_ADMIN,
                Role.CATALOGUE_EDITOR, Role.REQUEST_OFFICER), null, true);
        server.enrolment().issueCode("110199001001", Duration.ofDays(1));
        server.start();
        base = "http://127.0.0.1:" + server.port() + ConsoleWebApp.PATH;
        browser = chromium();
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        server.close();
    }

    @Test
    void staffLogInAndOpenEveryPageTheirRolesAllow() throws Exception {
        browser.get(base + "/fleet");
        waitFor("vaadin-login-form vaadin-text-field input");
        shot("console-login.png");
        login("admin", "wrong-password");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("vaadin-login-form"))
                .getAttribute("error") != null && d.findElement(By.tagName("vaadin-login-form"))
                .getAttribute("disabled") == null);
        Thread.sleep(300);
        shot("console-login-refused.png");
        login("admin", "central-2026");
        waitForText("您好，中心管理员");
        shot("console-dashboard.png");

        for (String[] page : new String[][] {{"requests", "依申请公开办理"}, {"annual-report", "年度报告"},
                {"catalogue", "公开事项目录"}, {"catalogue/import", "从表格导入"}, {"reports/timeliness", "主动公开时效"},
                {"notices", "居务公开公告"}, {"notices/refused", "拒收的公告上传"}, {"templates", "公告模板"},
                {"calendar", "工作日历"}, {"catalogue/print", "打印公开事项清单"}, {"deadlines", "答复期限计算"},
                {"fleet", "终端"}, {"bundles", "离线同步包"}, {"staff", "员工与角色"}, {"audit", "审计日志"}}) {
            browser.get(base + "/" + page[0]);
            // the page's own heading, not the menu entry of the same words: the page itself opened
            waitForHeading(page[1]);
            assertThat(browser.getCurrentUrl()).as("not sent to the login or an access-denied page")
                    .endsWith("/" + page[0]);
            Thread.sleep(500); // let the grid paint its rows before the picture
            shot("console-" + page[0].replace('/', '-') + ".png");
        }
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("登录", "admin");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
    }

    private static void login(String username, String password) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(By.tagName("vaadin-login-form"))
                .getAttribute("disabled") == null);
        WebElement name = browser.findElement(By.cssSelector("vaadin-login-form vaadin-text-field input"));
        WebElement secret = browser.findElement(By.cssSelector("vaadin-login-form vaadin-password-field input"));
        name.clear();
        name.sendKeys(username);
        secret.clear();
        secret.sendKeys(password);
        secret.sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    private static WebElement waitFor(String css) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            var found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    private static void waitForHeading(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return [...document.querySelectorAll('h1, h2, h3')].some(h => "
                        + "!h.closest('vaadin-side-nav') && h.textContent.trim().startsWith(arguments[0]))", text));
    }

    private static void waitForText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.body.innerText.includes(arguments[0]) "
                        + "|| [...document.querySelectorAll('vaadin-login-form-wrapper')].some(w => "
                        + "w.shadowRoot && w.shadowRoot.textContent.includes(arguments[0])) "
                        + "|| document.body.textContent.includes(arguments[0])", text));
    }

    private static void shot(String name) throws Exception {
        File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static ChromeDriver chromium() throws Exception {
        assertThat(Path.of("/usr/bin/chromium")).as("apt-get install -y chromium chromium-driver").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1600,1000", "--lang=zh-CN", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
