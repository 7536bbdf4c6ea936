package cn.zwgk.board.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.board.qr.QrScan;
import cn.zwgk.core.notice.Notice;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The QR code of a notice on the wall screen and in print: a 4-module quiet zone, and it scans printed small. */
class BoardQrTest {
    final NoticeRenderer renderer = NoticeRenderer.builtIn();

    @TempDir
    Path dir;

    @Test
    void theNoticeQrCodeOnScreenAndInPrintHasTheFullQuietZoneAndScansAtTheSmallestPrintedSize() throws Exception {
        Notice n = NoticeRendererTest.byTemplate("subsistence-list");
        String url = "https://zwgk.example.gov.cn/n/" + n.id();
        for (Medium medium : Medium.values()) {
            String src = Jsoup.parse(renderer.article(n, medium, url)).selectFirst(".zb-qr img").attr("src");
            BufferedImage qr = ImageIO.read(new ByteArrayInputStream(
                    Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));

            assertThat(QrScan.quietZoneModules(qr)).as(medium.name()).isEqualTo(4.0);
            assertThat(QrScan.decodePrinted(qr, QrScan.SMALLEST_PRINTED_POINTS, dir)).as(medium.name()).isEqualTo(url);
        }
    }
}
