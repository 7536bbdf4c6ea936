package cn.zwgk.kiosk.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.kiosk.testing.BrowserKiosk;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A resident files a request on the packaged kiosk in headless Chromium: the form step by step, a wrong ID
 * number refused beside its field, the receipt with its QR code (decoded from the screenshot), looked at in
 * portrait 1080×1920 and landscape 1920×1080, then the status screen. Screenshots: target/screenshots/request-*.png.
 */
class RequestBrowserIT {
    @TempDir
    Path dir;
    BrowserKiosk rig;
    ChromeDriver browser;
    String base;

    @BeforeEach
    void start() throws Exception {
        rig = new BrowserKiosk(dir);
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
    }

    @Test
    void aResidentFilesARequestSeesAProblemBesideTheFieldAndGetsAScannableReceipt() throws Exception {
        base = rig.startKiosk("request-kiosk");
        browser = rig.browser();
        browser.manage().window().setSize(new Dimension(1080, 1920));
        browser.get(base + "/");
        waitFor(By.id("request-entry"));
        BrowserKiosk.shot(browser, "request-0-home.png");
        click(By.id("request-entry"));
        waitForText(By.id("request-step"), "第 1 步");
        BrowserKiosk.shot(browser, "request-1-type.png");
        click(By.id("request-help-link"));
        waitFor(By.id("help-time"));
        BrowserKiosk.shot(browser, "request-help.png");
        click(By.id("help-start"));
        waitForText(By.id("request-step"), "第 1 步");
        choose("applicantType", "NATURAL_PERSON");
        click(By.id("request-next"));

        waitForText(By.id("request-step"), "第 2 步");
        type("field-name", RequestFixture.NAME);
        choose("idType", "RESIDENT_ID");
        type("field-idNumber", "110105194912310021");
        click(By.id("request-next"));
        waitForText(By.cssSelector("#field-idNumber [slot='error-message']"), "校验位");
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("需要修改");
        assertThat(browser.findElement(By.cssSelector("#field-name input")).getDomProperty("value"))
                .isEqualTo(RequestFixture.NAME);
        BrowserKiosk.shot(browser, "request-2-validation.png");

        WebElement id = browser.findElement(By.cssSelector("#field-idNumber input"));
        id.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        type("field-idNumber", RequestFixture.ID_NUMBER);
        click(By.id("request-next"));

        waitForText(By.id("request-step"), "第 3 步");
        type("field-phone", RequestFixture.PHONE);
        choose("delivery", "POST");
        waitFor(By.cssSelector("#field-address input"));
        type("field-address", RequestFixture.ADDRESS);
        BrowserKiosk.shot(browser, "request-3-contact.png");
        click(By.id("request-next"));

        waitForText(By.id("request-step"), "第 4 步");
        WebElement description = waitFor(By.cssSelector("#field-description textarea"));
        description.sendKeys(RequestFixture.DESCRIPTION);
        choose("form", "PAPER");
        click(By.id("request-next"));

        waitForText(By.id("request-step"), "第 5 步");
        assertThat(browser.findElement(By.id("request-summary")).getText()).contains("张*丰").contains("138****5678")
                .doesNotContain(RequestFixture.ID_NUMBER);
        click(By.id("field-consent"));
        BrowserKiosk.shot(browser, "request-5-confirm.png");
        click(By.id("request-submit"));

        String code = waitFor(By.id("receipt-code")).getText();
        assertThat(code).matches("[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{4}");
        assertThat(browser.findElement(By.id("receipt-date")).getText()).contains("法定的申请收到日期");
        assertThat(browser.findElement(By.id("receipt-phone")).getText()).isEqualTo("138****5678");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(RequestFixture.ID_NUMBER)
                .doesNotContain(RequestFixture.PHONE);
        assertThat(browser.findElement(By.id("receipt-code")).getSize().getHeight()).as("code shown large")
                .isGreaterThanOrEqualTo(60);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("receipt-qr")).getSize().getWidth() >= 200);
        assertNoSidewaysOverflow();
        BrowserKiosk.shot(browser, "request-receipt-portrait.png");
        assertThat(decodeQr("request-receipt-portrait.png")).isEqualTo(code);

        browser.manage().window().setSize(new Dimension(1920, 1080));
        Thread.sleep(500);
        assertNoSidewaysOverflow();
        BrowserKiosk.shot(browser, "request-receipt-landscape.png");

        // what 打印回执 sends to the printer: the receipt's print layout, one A4 page, no kiosk frame
        byte[] pdf = java.util.Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent());
        java.nio.file.Files.write(BrowserKiosk.SHOTS.resolve("request-receipt-print.pdf"), pdf);
        try (PDDocument printed = Loader.loadPDF(pdf)) {
            assertThat(printed.getNumberOfPages()).as("one A4 page").isEqualTo(1);
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            String text = firstPage.getText(printed);
            assertThat(text).as("the whole receipt on the first page").contains("获取形式").contains("接下来");
            assertThat(text).contains("政务公开申请回执").contains(code).contains("138****5678")
                    .doesNotContain("打印回执").doesNotContain("数据更新于").doesNotContain(RequestFixture.ID_NUMBER);
        }

        browser.get(base + "/request/status");
        type("status-code", code.toLowerCase().replace("-", ""));
        type("status-digits", "5678");
        click(By.id("status-search"));
        waitForText(By.id("status-state"), "已提交，等待上传");
        BrowserKiosk.shot(browser, "request-status.png");
    }

    @Test
    void theIdleResetClearsAHalfFilledFormForTheNextResident() throws Exception {
        base = rig.startKiosk("idle-kiosk", "--idle-timeout", "PT3S");
        browser = rig.browser();
        browser.get(base + "/request");
        waitForText(By.id("request-step"), "第 1 步");
        choose("applicantType", "NATURAL_PERSON");
        click(By.id("request-next"));
        waitForText(By.id("request-step"), "第 2 步");
        type("field-name", RequestFixture.NAME);
        type("field-idNumber", RequestFixture.ID_NUMBER);

        // no touch for 3 s, then a 3 s countdown: the kiosk goes home and the session (with the draft) is gone
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().replaceAll("/+$", "").equals(base));
        waitFor(By.id("request-entry"));
        browser.get(base + "/request");
        waitForText(By.id("request-step"), "第 1 步");
        assertThat(browser.findElements(By.cssSelector("#field-applicantType button[aria-checked='true']"))).isEmpty();
        choose("applicantType", "NATURAL_PERSON");
        click(By.id("request-next"));
        waitForText(By.id("request-step"), "第 2 步");
        assertThat(waitFor(By.cssSelector("#field-name input")).getDomProperty("value")).isEmpty();
        assertThat(waitFor(By.cssSelector("#field-idNumber input")).getDomProperty("value")).isEmpty();
    }

    private void assertNoSidewaysOverflow() {
        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).longValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }

    private String decodeQr(String shot) throws Exception {
        BufferedImage image = ImageIO.read(BrowserKiosk.SHOTS.resolve(shot).toFile());
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS,
                        List.of(BarcodeFormat.QR_CODE))).getText();
    }

    /** Taps a choice tile and waits until the form has been drawn again with it chosen. */
    private void choose(String field, String value) {
        click(tile(field, value));
        waitFor(By.cssSelector("#field-" + field + " button[data-value='" + value + "'][aria-checked='true']"));
    }

    private static By tile(String field, String value) {
        return By.cssSelector("#field-" + field + " button[data-value='" + value + "']");
    }

    private WebElement waitFor(By selector) {
        return BrowserKiosk.waitFor(browser, selector, 1).getFirst();
    }

    private void click(By selector) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement e = d.findElement(selector);
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
            e.click();
            return true;
        });
    }

    private void type(String id, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector("#" + id + " input")).sendKeys(text);
            return true;
        });
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> text.equals(d.findElement(By.cssSelector("#" + id + " input")).getDomProperty("value")));
    }

    private void waitForText(By selector, String part) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(selector).isEmpty() && d.findElement(selector).getText().contains(part));
    }
}
