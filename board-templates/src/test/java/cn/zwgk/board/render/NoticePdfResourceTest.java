package cn.zwgk.board.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 8: the PDF renderer fetches nothing. Print HTML that names a local file and a network address
 * (a loopback server standing in for the network) gets neither into the PDF; inline data: images still print.
 */
class NoticePdfResourceTest {
    @TempDir
    Path dir;
    HttpServer network;
    final AtomicInteger fetched = new AtomicInteger();

    @BeforeEach
    void startNetwork() throws Exception {
        network = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        network.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] body = png();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        network.start();
    }

    @AfterEach
    void stopNetwork() {
        network.stop(0);
    }

    static byte[] png() throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    static String page(String body) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"/>" + body.replaceAll("(?s)<body>.*", "")
                + "</head><body>" + body.replaceAll("(?s).*<body>", "") + "</body></html>";
    }

    static int images(byte[] pdf) throws Exception {
        int count = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage p : doc.getPages()) {
                for (COSName name : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(name) instanceof PDImageXObject) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    byte[] pdf(String html) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NoticePdf.write(html, out);
        return out.toByteArray();
    }

    @Test
    void aLocalFileAndANetworkAddressAreNotFetched() throws Exception {
        Path secret = dir.resolve("secret.png");
        Files.write(secret, png());
        String net = "http://127.0.0.1:" + network.getAddress().getPort();
        String html = page("<link rel=\"stylesheet\" href=\"" + net + "/style.css\"/><body><p>公告</p>"
                + "<img src=\"" + secret.toUri() + "\"/><img src=\"" + net + "/beacon.png\"/>"
                + "<div style=\"background-image:url(" + net + "/bg.png)\">背景</div>");

        byte[] pdf = pdf(html);

        assertThat(fetched.get()).as("requests that reached the network").isZero();
        assertThat(images(pdf)).as("images from a file or the network").isZero();
    }

    @Test
    void inlineImagesStillPrint() throws Exception {
        String data = "data:image/png;base64," + Base64.getEncoder().encodeToString(png());
        assertThat(images(pdf(page("<body><p>公告</p><img src=\"" + data + "\"/>")))).isEqualTo(1);
    }
}
