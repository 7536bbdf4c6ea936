package cn.zwgk.kiosk.print;

import static cn.zwgk.kiosk.testing.BrowserKiosk.shot;
import static cn.zwgk.kiosk.testing.BrowserKiosk.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.staff.Role;
import cn.zwgk.kiosk.testing.BrowserKiosk;
import cn.zwgk.server.system.SyncServer;
import java.nio.file.Path;
import java.time.Duration;
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
 * A hall staff member's day at the kiosk, in headless Chromium against the packaged kiosk: log in, print the
 * disclosure list of a search (no printer configured: the PDF is offered for download), look at the sync
 * status. The screenshots illustrate {@code docs/guide-hall-staff.md}.
 */
class HallStaffBrowserIT {
    static final String USER = "dating.staff";
    static final String PASSWORD = "Dating-2026!";

    @TempDir
    static Path dir;
    static BrowserKiosk kiosks;
    static String base;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        kiosks = new BrowserKiosk(dir);
        SyncServer.staffFor(kiosks.server().database(), cn.zwgk.core.time.AppClock.forTests())
                .bootstrap(USER, "李大厅", PASSWORD, Set.of(Role.HALL_STAFF), BrowserKiosk.SITE, false);
        base = kiosks.startKiosk("hall-kiosk");
        browser = kiosks.browser();
    }

    @AfterAll
    static void stop() throws Exception {
        kiosks.close();
    }

    @Test
    void hallStaffPrintAListOfASearchAndSeeTheSyncState() throws Exception {
        browser.get(base + "/staff/print");
        type("#staff-username input", USER);
        type("#staff-password input", PASSWORD);
        browser.findElement(By.id("staff-login")).click();

        WebElement bySearch = waitFor(browser, By.cssSelector("#print-by vaadin-radio-button"), 4).stream()
                .filter(radio -> radio.getText().contains("按检索结果")).findFirst().orElseThrow();
        bySearch.click();
        type("#print-words input", "养老");
        browser.findElement(By.id("print-make")).click();
        WebElement status = browser.findElement(By.id("print-status"));
        new WebDriverWait(browser, Duration.ofSeconds(90)).until(d -> status.getText().startsWith("已生成"));
        assertThat(status.getText()).matches("已生成《.*》，共 \\d+ 项。");
        assertThat(browser.findElement(By.id("print-where")).getText()).contains("未连接打印机");
        assertThat(browser.findElements(By.id("print-download"))).hasSize(1);
        shot(browser, "staff-print.png");

        browser.get(base + "/staff/sync");
        WebElement facts = waitFor(browser, By.id("sync-facts"), 1).getFirst();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !facts.getText().isBlank());
        assertThat(browser.findElements(By.id("sync-now"))).hasSize(1);
        shot(browser, "staff-sync.png");
    }

    private static void type(String css, String text) {
        WebElement field = waitFor(browser, By.cssSelector(css), 1).getFirst();
        field.clear();
        field.sendKeys(text);
    }
}
