package cn.zwgk.board.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Test help: how wide a QR image's quiet zone is, and whether it scans once printed small and rendered at 150 dpi. */
public final class QrScan {
    /** The smallest size any QR code is printed at: the disclosure list's column (DisclosureListPdf.QR_SIZE). */
    public static final float SMALLEST_PRINTED_POINTS = 62;

    private QrScan() {
    }

    /**
     * The white border in modules: the top-left finder pattern's first row is a black run of 7 modules, so
     * its length gives the module size and its start the quiet zone.
     */
    public static double quietZoneModules(BufferedImage img) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (black(img, x, y)) {
                    assertThat(x).as("first black pixel at the finder's corner").isEqualTo(y);
                    int run = 0;
                    while (x + run < img.getWidth() && black(img, x + run, y)) {
                        run++;
                    }
                    return x / (run / 7.0);
                }
            }
        }
        throw new AssertionError("no black pixel: not a QR code");
    }

    /** Prints {@code img} at {@code points} square on an A4 page, renders it at 150 dpi with pdftoppm and decodes it. */
    public static String decodePrinted(BufferedImage img, float points, Path dir) throws Exception {
        Path pdf = dir.resolve("qr.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, img), 100, 600, points, points);
            }
            doc.save(pdf.toFile());
        }
        Process p = new ProcessBuilder("pdftoppm", "-r", "150", "-png", "-singlefile", pdf.toString(),
                dir.resolve("qr").toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("pdftoppm (apt-get install poppler-utils)").isZero();
        BufferedImage rendered = ImageIO.read(dir.resolve("qr.png").toFile());
        Files.delete(pdf);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(rendered))),
                Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.TRY_HARDER, true)).getText();
    }

    private static boolean black(BufferedImage img, int x, int y) {
        return (img.getRGB(x, y) & 0xFF) < 128;
    }
}
