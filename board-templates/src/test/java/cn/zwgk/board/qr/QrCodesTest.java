package cn.zwgk.board.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one QR helper: a 4-module quiet zone at every size, and codes that scan printed small. */
class QrCodesTest {
    static final String URL = "https://www.example.gov.cn/zwgk/shbx/item-12?from=kiosk";

    @TempDir
    Path dir;

    @Test
    void theSmallestImageHasExactlyFourWhiteModulesAroundTheCode() {
        assertThat(QrScan.quietZoneModules(QrCodes.image(URL, 0))).isEqualTo(4.0);
        assertThat(QrScan.quietZoneModules(QrCodes.scaled(URL, 4))).isEqualTo(4.0);
    }

    @Test
    void theKioskScreenSizeKeepsAtLeastFourModulesAndTheRequestedSize() throws Exception {
        var png = ImageIO.read(new ByteArrayInputStream(QrCodes.png(URL, 640)));
        assertThat(png.getWidth()).isEqualTo(640);
        assertThat(QrScan.quietZoneModules(png)).isGreaterThanOrEqualTo(4.0);
    }

    @Test
    void theScreenCodeScansPrintedAtTheSmallestPrintedSizeAndRenderedAt150Dpi() throws Exception {
        String url = "https://www.example.gov.cn/搜索?q=社会保险&page=2";
        var image = ImageIO.read(new ByteArrayInputStream(QrCodes.png(url, 640)));
        assertThat(QrScan.decodePrinted(image, QrScan.SMALLEST_PRINTED_POINTS, dir)).isEqualTo(url);
    }

    @Test
    void theDataUriIsThePng() {
        String uri = QrCodes.pngDataUri(URL, 0);
        assertThat(uri).startsWith("data:image/png;base64,");
        assertThat(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))).isEqualTo(QrCodes.png(URL, 0));
    }

    @Test
    void textTooLongForAnyQrCodeIsRefusedWithAClearError() {
        assertThatThrownBy(() -> QrCodes.png("https://example.cn/" + "a".repeat(5_000), 0))
                .isInstanceOf(QrTooLongException.class).hasMessageContaining("cannot encode a QR code of 5019 characters");
    }
}
