package cn.zwgk.kiosk.board;

import static cn.zwgk.kiosk.testing.BrowserKiosk.shot;
import static cn.zwgk.kiosk.testing.BrowserKiosk.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.staff.Role;
import cn.zwgk.kiosk.testing.BrowserKiosk;
import cn.zwgk.server.system.SyncServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Community staff in a real browser against the packaged kiosk, synced from a real server: the staff account
 * comes down by sync, staff log in, write an event notice from its template with HTML typed into it,
 * publish, and the board screen shows it at once (as text); the board rotates through the community's notices.
 * Screenshots under target/screenshots.
 */
class BoardBrowserIT {
    static final String USER = "dongh.staff";
    static final String PASSWORD = "Dongh-2026!";
    static final String TITLE = "关于举办<b>冬至</b>包饺子活动的通知";

    @TempDir
    static Path dir;
    static BrowserKiosk kiosks;
    static String base;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        kiosks = new BrowserKiosk(dir);
        SyncServer.staffFor(kiosks.server().database(), cn.zwgk.core.time.AppClock.forTests())
                .bootstrap(USER, "王小红", PASSWORD, Set.of(Role.COMMUNITY_STAFF), BrowserKiosk.SITE, false);
        base = kiosks.startKiosk("board-kiosk");
        browser = kiosks.browser();
    }

    @AfterAll
    static void stop() throws Exception {
        kiosks.close();
    }

    @Test
    void staffPublishAnEventOfflineAndTheBoardShowsItAtOnce() throws Exception {
        browser.get(base + "/staff/notices");
        type("#staff-username input", USER);
        type("#staff-password input", PASSWORD);
        shot(browser, "staff-login.png");
        browser.findElement(By.id("staff-login")).click();
        waitFor(browser, By.id("new-event"), 1).getFirst().click();
        waitFor(browser, By.cssSelector("#field-title input"), 1);
        type("#field-title input", TITLE);
        type("#field-body textarea", "欢迎辖区居民参加。<script>alert('x')</script>");
        type("#field-f-time input", "2026年12月21日 9:00—11:00");
        type("#field-f-place input", "东湖社区党群服务中心");
        browser.findElement(By.cssSelector("#field-f-place input")).sendKeys("\t");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> String.valueOf(
                d.findElement(By.id("preview-screen")).getAttribute("srcdoc")).contains("东湖社区党群服务中心"));
        shot(browser, "staff-editor.png");
        browser.findElement(By.id("editor-publish")).click();
        WebElement message = waitFor(browser, By.id("desk-message"), 1).getFirst();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> message.getText().startsWith("已发布"));
        assertThat(browser.findElement(By.id("desk-published")).getText()).contains(TITLE);
        shot(browser, "staff-desk.png");

        browser.get(base + "/board?rotation=3");
        Set<String> titles = new HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!titles.contains(TITLE) && System.nanoTime() < deadline) {
            try {
                List<WebElement> title = browser.findElements(By.cssSelector("#board-stage .zb-title"));
                if (!title.isEmpty()) {
                    titles.add(title.getFirst().getText().replace("（续）", ""));
                }
            } catch (org.openqa.selenium.StaleElementReferenceException rotatedMeanwhile) {
                // the page changed between finding and reading: read the next one
            }
            Thread.sleep(500);
        }
        assertThat(titles).as("the new notice comes round on the board").contains(TITLE);
        assertThat(browser.findElements(By.cssSelector("#board-stage script, #board-stage b"))).isEmpty();
        assertThat(browser.findElement(By.id("board-clock")).getText()).matches("\\d{4}年\\d{1,2}月\\d{1,2}日 星期. \\d{2}:\\d{2}");
        assertThat(browser.findElement(By.id("board-freshness")).getText()).startsWith("数据更新于 ");
        shot(browser, "board-new-notice.png");
    }

    @Test
    void theBoardRotatesThroughTheCommunitysNotices() throws Exception {
        ChromeDriver wall = kiosks.browser();
        wall.get(base + "/board?rotation=3");
        waitFor(wall, By.cssSelector("#board-stage .zb-screen-page"), 1);
        Thread.sleep(1500); // let the page scale to the screen
        shot(wall, "board-1920x1080.png");
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (seen.size() < 3 && System.nanoTime() < deadline) {
            try {
                seen.add(wall.findElement(By.id("board-position")).getText() + "|"
                        + wall.findElement(By.cssSelector("#board-stage .zb-screen-page")).getAttribute("data-page"));
            } catch (org.openqa.selenium.StaleElementReferenceException rotatedMeanwhile) {
                // read again on the next round
            }
            Thread.sleep(700);
        }
        assertThat(seen).as("three different pages within a minute at 3 s per page").hasSizeGreaterThanOrEqualTo(3);
        WebElement page = wall.findElement(By.cssSelector("#board-stage .zb-screen-page"));
        assertThat(wall.executeScript("return arguments[0].offsetWidth + 'x' + arguments[0].offsetHeight", page))
                .as("laid out at 1920x1080, then scaled to the screen").isEqualTo("1920x1080");
        shot(wall, "board-rotated.png");
    }

    private static void type(String css, String text) {
        WebElement field = waitFor(browser, By.cssSelector(css), 1).getFirst();
        field.clear();
        field.sendKeys(text);
    }
}
