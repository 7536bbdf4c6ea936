package cn.zwgk.kiosk.ui;

import cn.zwgk.kiosk.testing.BrowserKiosk;
import static cn.zwgk.kiosk.testing.BrowserKiosk.shot;
import static cn.zwgk.kiosk.testing.BrowserKiosk.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Large text, high contrast, the three languages and the idle reset, in headless Chromium against the packaged kiosk. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComfortBrowserIT {
    BrowserKiosk rig;
    String kiosk;

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        rig = new BrowserKiosk(dir);
        kiosk = rig.startKiosk("comfort-kiosk");
    }

    @AfterAll
    void stop() throws Exception {
        if (rig != null) {
            rig.close();
        }
    }

    @Test
    void largeTextAndHighContrastApplyOnEveryScreenForThisResidentOnly() throws Exception {
        ChromeDriver browser = rig.browser();
        browser.get(kiosk + "/");
        waitFor(browser, By.cssSelector("a.domain-tile"), 1);
        WebElement largeText = browser.findElement(By.cssSelector("button.large-text-toggle"));
        WebElement contrast = browser.findElement(By.cssSelector("button.high-contrast-toggle"));
        assertThat(largeText.getText()).isEqualTo("大字模式");
        assertThat(contrast.getText()).isEqualTo("高对比度");
        assertThat(largeText.getSize().getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(contrast.getSize().getHeight()).isGreaterThanOrEqualTo(48);
        double normalTile = tileNameSize(browser);

        largeText.click();
        contrast.click();
        awaitHtmlClass(browser, "large-text");
        awaitHtmlClass(browser, "high-contrast");
        assertThat(largeText.getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(tileNameSize(browser)).isCloseTo(normalTile * 1.5, org.assertj.core.data.Offset.offset(1.0));
        assertThat(browser.executeScript("return getComputedStyle(document.documentElement).backgroundColor")).isEqualTo("rgb(0, 0, 0)");
        shot(browser, "comfort-home-large-contrast.png");

        // with large text the tiles reach below the fixed footer: scroll the tile into view as a person would
        org.openqa.selenium.WebElement tile = browser.findElements(By.cssSelector("a.domain-tile")).getFirst();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", tile);
        tile.click();
        waitFor(browser, By.cssSelector(".breadcrumb"), 1);
        assertThat(htmlClasses(browser)).contains("large-text", "high-contrast");
        shot(browser, "comfort-domain-large-contrast.png");
        assertThat(browser.executeScript("const r = document.querySelector('a.touch-row, a.item-row');"
                + "return r ? getComputedStyle(r).backgroundColor + ' / ' + getComputedStyle(r).color : 'rgb(0, 0, 0) / none'"))
                .as("rows follow the high-contrast colours").asString().startsWith("rgb(0, 0, 0) / ");

        browser.navigate().refresh();
        waitFor(browser, By.cssSelector(".breadcrumb"), 1);
        assertThat(htmlClasses(browser)).as("kept for this resident across a reload").contains("large-text", "high-contrast");

        ChromeDriver nextResident = rig.browser();
        nextResident.get(kiosk + "/");
        waitFor(nextResident, By.cssSelector("a.domain-tile"), 1);
        assertThat(htmlClasses(nextResident)).doesNotContain("large-text", "high-contrast");
    }

    @Test
    void theThreeLanguagesSwitchFromTheHeaderAndSetHtmlLang() throws Exception {
        ChromeDriver browser = rig.browser();
        browser.get(kiosk + "/");
        waitFor(browser, By.cssSelector("a.domain-tile"), 1);
        assertThat(htmlLang(browser)).isEqualTo("zh-Hans");
        assertThat(browser.findElement(By.cssSelector("a.home-button")).getText()).isEqualTo("首页");
        shot(browser, "lang-zh-Hans.png");

        switchTo(browser, "zh-Hant");
        assertThat(browser.findElement(By.cssSelector("a.home-button")).getText()).isEqualTo("首頁");
        assertThat(browser.findElement(By.cssSelector("button.high-contrast-toggle")).getText()).isEqualTo("高對比度");
        assertThat(browser.findElement(By.cssSelector("button[data-lang='zh-Hant']")).getAttribute("aria-pressed")).isEqualTo("true");
        shot(browser, "lang-zh-Hant.png");

        switchTo(browser, "mn-Mong");
        String home = browser.findElement(By.cssSelector("a.home-button")).getText();
        assertThat(home.codePoints().anyMatch(c -> c >= 0x1800 && c <= 0x18AF)).as("Mongolian script: %s", home).isTrue();
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.kiosk')).writingMode"))
                .isEqualTo("vertical-lr");
        assertThat(browser.findElements(By.cssSelector("a.domain-tile")).getFirst().isDisplayed()).isTrue();
        shot(browser, "lang-mn-Mong.png");

        // with large text the tiles reach below the fixed footer: scroll the tile into view as a person would
        org.openqa.selenium.WebElement tile = browser.findElements(By.cssSelector("a.domain-tile")).getFirst();
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", tile);
        tile.click();
        waitFor(browser, By.cssSelector(".breadcrumb"), 1);
        assertThat(htmlLang(browser)).isEqualTo("mn-Mong");
        shot(browser, "lang-mn-Mong-domain.png");

        switchTo(browser, "zh-Hans");
        assertThat(browser.findElement(By.cssSelector("a.home-button")).getText()).isEqualTo("首页");
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.kiosk')).writingMode"))
                .isEqualTo("horizontal-tb");
    }

    @Test
    void afterTheIdleTimeACountdownLeadsHomeWithEverythingCleared() throws Exception {
        String quickKiosk = rig.startKiosk("idle-kiosk", "--idle-timeout", "PT3S");
        ChromeDriver browser = rig.browser();
        browser.get(quickKiosk + "/");
        waitFor(browser, By.cssSelector("a.domain-tile"), 1);
        switchTo(browser, "zh-Hant");
        browser.findElement(By.cssSelector("button.large-text-toggle")).click();
        awaitHtmlClass(browser, "large-text");

        browser.get(quickKiosk + "/search");
        WebElement field = waitFor(browser, By.cssSelector("#search-field input"), 1).getFirst();
        field.sendKeys("社会保险");
        assertThat(field.getAttribute("value")).isEqualTo("社会保险");

        WebElement overlay = browser.findElement(By.id("idle-overlay"));
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> overlay.isDisplayed());
        assertThat(browser.findElement(By.id("idle-countdown")).getText()).contains("秒後").contains("首頁");
        WebElement keepUsing = browser.findElement(By.cssSelector("button.idle-continue"));
        assertThat(keepUsing.getText()).isEqualTo("繼續使用");
        assertThat(keepUsing.getSize().getHeight()).isGreaterThanOrEqualTo(48);
        shot(browser, "idle-countdown.png");

        keepUsing.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !overlay.isDisplayed());
        assertThat(browser.getCurrentUrl()).endsWith("/search");

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().endsWith("/search"));
        waitFor(browser, By.cssSelector("a.domain-tile"), 1);
        assertThat(browser.getCurrentUrl()).isEqualTo(quickKiosk + "/");
        assertThat(htmlLang(browser)).as("language back to the default").isEqualTo("zh-Hans");
        assertThat(htmlClasses(browser)).doesNotContain("large-text");
        shot(browser, "idle-after-reset.png");

        browser.get(quickKiosk + "/search");
        WebElement fresh = waitFor(browser, By.cssSelector("#search-field input"), 1).getFirst();
        assertThat(fresh.getAttribute("value")).as("no search of the previous resident").isEmpty();
    }

    private static void switchTo(ChromeDriver browser, String lang) {
        browser.findElement(By.cssSelector("button[data-lang='" + lang + "']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> lang.equals(htmlLang(browser))
                && !d.findElements(By.cssSelector("button[data-lang='" + lang + "'][aria-pressed='true']")).isEmpty());
    }

    private static String htmlLang(ChromeDriver browser) {
        return (String) browser.executeScript("return document.documentElement.lang");
    }

    private static String htmlClasses(ChromeDriver browser) {
        return (String) browser.executeScript("return document.documentElement.className");
    }

    private static void awaitHtmlClass(ChromeDriver browser, String name) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> htmlClasses(browser).contains(name));
    }

    private static double tileNameSize(ChromeDriver browser) {
        return Double.parseDouble(((String) browser.executeScript(
                "return getComputedStyle(document.querySelector('.tile-name')).fontSize")).replace("px", ""));
    }
}
