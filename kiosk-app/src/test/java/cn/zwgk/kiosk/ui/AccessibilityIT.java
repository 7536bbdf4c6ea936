package cn.zwgk.kiosk.ui;

import cn.zwgk.kiosk.testing.BrowserKiosk;
import static cn.zwgk.kiosk.testing.BrowserKiosk.shot;
import static cn.zwgk.kiosk.testing.BrowserKiosk.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.CatalogueItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core in headless Chromium over the residents' screens: home, a domain, an item, search results,
 * a notice (and home in 繁體 and in Mongolian). Fails on any serious or critical violation; prints all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityIT {
    BrowserKiosk rig;
    String kiosk;
    ChromeDriver browser;
    final List<String> report = new ArrayList<>();
    final List<String> failures = new ArrayList<>();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        rig = new BrowserKiosk(dir);
        kiosk = rig.startKiosk("axe-kiosk");
        browser = rig.browser();
    }

    @AfterAll
    void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void residentScreensHaveNoSeriousOrCriticalViolations() throws Exception {
        browser.get(kiosk + "/");
        waitFor(browser, By.cssSelector("a.domain-tile"), 1);
        check("home");

        org.openqa.selenium.WebElement tile = browser.findElements(By.cssSelector("a.domain-tile")).getFirst();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", tile);
        tile.click();
        waitFor(browser, By.cssSelector(".breadcrumb"), 1);
        check("domain");

        CatalogueItem item = rig.dataset.items().getFirst();
        browser.get(kiosk + "/item/" + item.id());
        waitFor(browser, By.cssSelector(".breadcrumb"), 1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(item.name());
        check("item");

        browser.get(kiosk + "/search");
        WebElement field = waitFor(browser, By.cssSelector("#search-field input"), 1).getFirst();
        field.sendKeys("社会保险");
        waitFor(browser, By.cssSelector("a.search-result"), 1);
        check("search");

        browser.get(kiosk + "/notices");
        List<WebElement> notices = waitFor(browser, By.cssSelector("a.notice-row"), 1);
        notices.getFirst().click();
        waitFor(browser, By.cssSelector(".notice-article"), 1);
        check("notice");

        for (String lang : List.of("zh-Hant", "mn-Mong")) {
            browser.get(kiosk + "/");
            waitFor(browser, By.cssSelector("a.domain-tile"), 1);
            browser.findElement(By.cssSelector("button[data-lang='" + lang + "']")).click();
            waitFor(browser, By.cssSelector("button[data-lang='" + lang + "'][aria-pressed='true']"), 1);
            check("home-" + lang);
        }

        System.out.println(String.join("\n", report));
        assertThat(failures).as("serious or critical accessibility violations:\n%s", String.join("\n", failures)).isEmpty();
    }

    private void check(String page) throws Exception {
        shot(browser, "axe-" + page + ".png");
        List<AxeCore.Violation> violations = AxeCore.analyse(browser);
        report.add("axe " + page + " (" + browser.getCurrentUrl() + "): " + violations.size() + " violation(s)");
        for (AxeCore.Violation v : violations) {
            report.add("  " + v);
            if (v.seriousOrCritical()) {
                failures.add(page + ": " + v);
            }
        }
    }
}
