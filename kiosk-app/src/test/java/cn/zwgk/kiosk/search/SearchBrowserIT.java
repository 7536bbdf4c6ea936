package cn.zwgk.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.kiosk.testing.BrowserKiosk;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search screen of the packaged kiosk in headless Chromium, after a real sync of the demo data:
 * results as you type (简体 query, 繁體 item), the pinyin-initials pad, and "没有找到" with suggestions.
 * Screenshots: {@code target/screenshots/search-*.png}.
 */
class SearchBrowserIT {
    @TempDir
    Path dir;
    BrowserKiosk rig;
    ChromeDriver browser;
    String base;

    @BeforeEach
    void start() throws Exception {
        rig = new BrowserKiosk(dir);
        base = rig.startKiosk("search-it");
        browser = rig.browser();
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void residentSearchesInSimplifiedAndFindsATraditionalItem() throws Exception {
        CatalogueItem traditional = rig.dataset.items().stream().filter(i -> "zh-Hant".equals(i.language()))
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
        // each tap is a server round trip: the field shows all four letters once the last one is through
        // (results for SHB already contain 社会保险, so waiting for results alone races the last tap)
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "SHBX".equals(
                d.findElement(By.cssSelector("#search-field input")).getAttribute("value")));
        // results re-render as letters arrive: a row read mid-update is stale, so read again
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("a.search-result"))
                        .stream().anyMatch(r -> r.getText().contains("社会保险")));
        assertThat(browser.findElement(By.cssSelector("#search-field input")).getAttribute("value")).isEqualTo("SHBX");
        shot("search-pad.png");
    }

    @Test
    void nothingFoundOffersDomainsAndPopularItems() throws Exception {
        browser.get(url("/search"));
        waitFor(By.cssSelector("#search-field input"), 1).getFirst().sendKeys("宇宙飞船");

        // each typed character searches again and redraws the list: wait for the last query's answer, then read
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> "没有找到“宇宙飞船”".equals(
                d.findElement(By.id("search-status")).getText()));
        List<WebElement> domains = waitFor(By.cssSelector("a.search-domain"), 20);
        assertThat(browser.findElements(By.cssSelector("a.search-popular-item"))).isNotEmpty();
        assertThat(domains.getFirst().getSize().getHeight()).isGreaterThanOrEqualTo(64);
        shot("search-not-found.png");
    }

    private List<WebElement> waitFor(By selector, int atLeast) {
        return BrowserKiosk.waitFor(browser, selector, atLeast);
    }

    private void shot(String name) throws IOException {
        BrowserKiosk.shot(browser, name);
    }

    private String url(String path) {
        return base + path;
    }
}
