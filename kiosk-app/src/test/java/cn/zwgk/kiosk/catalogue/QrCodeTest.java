package cn.zwgk.kiosk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    @Test
    void encodesTheTextWithAQuietZoneAtTheRequestedSize() throws Exception {
        String url = "https://www.example.gov.cn/zwgk/social-insurance/1.html";
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png(url, 640)));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(640);
        // The quiet zone: the border rows and columns are white.
        for (int i = 0; i < 640; i++) {
            assertThat(image.getRGB(i, 0) & 0xffffff).isEqualTo(0xffffff);
            assertThat(image.getRGB(0, i) & 0xffffff).isEqualTo(0xffffff);
        }
        assertThat(decode(image)).isEqualTo(url);
    }

    @Test
    void nonAsciiAddressesRoundTrip() throws Exception {
        String url = "https://www.example.gov.cn/搜索?q=社会保险";
        assertThat(decode(ImageIO.read(new ByteArrayInputStream(QrCode.png(url, 640))))).isEqualTo(url);
    }

    @Test
    void textTooLongForAnyQrCodeIsRefusedWithAClearError() {
        assertThatThrownBy(() -> QrCode.png("https://example.cn/" + "a".repeat(5_000), 640))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot encode");
    }

    static String decode(BufferedImage image) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }
}
