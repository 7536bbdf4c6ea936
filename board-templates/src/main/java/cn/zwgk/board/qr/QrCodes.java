package cn.zwgk.board.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The one way QR codes are made for the kiosk screen, the notice boards and print: UTF-8, error correction M
 * and the 4-module quiet zone the QR specification (ISO/IEC 18004) asks for, which scanners in dim halls and
 * on glossy paper need. Black modules on white, 1 bit per pixel.
 */
public final class QrCodes {
    public static final int QUIET_ZONE_MODULES = 4;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, QUIET_ZONE_MODULES);

    private QrCodes() {
    }

    /**
     * The code as an image of at least {@code sizePx} square (0: the smallest), each module a whole number of
     * pixels, centred; any extra room is white, so the quiet zone is never less than 4 modules.
     */
    public static BufferedImage image(String text, int sizePx) {
        BitMatrix m = modules(text, sizePx);
        BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                img.setRGB(x, y, m.get(x, y) ? 0 : 0xFFFFFF);
            }
        }
        return img;
    }

    /** The code as an image with {@code pixelsPerModule} pixels per module (for print, where the size is in points). */
    public static BufferedImage scaled(String text, int pixelsPerModule) {
        return image(text, modules(text, 0).getWidth() * pixelsPerModule);
    }

    /** {@link #image} as PNG bytes, written in memory (ImageIO's default file cache costs a temp file per image). */
    public static byte[] png(String text, int sizePx) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(512);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
            writer.setOutput(out);
            writer.write(new IIOImage(image(text, sizePx), null, null));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the QR code PNG", e);
        } finally {
            writer.dispose();
        }
        return png.toByteArray();
    }

    /** {@link #png} as a {@code data:} URI, so the code travels with the page and needs no file or request. */
    public static String pngDataUri(String text, int sizePx) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, sizePx));
    }

    private static BitMatrix modules(String text, int sizePx) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePx, sizePx, HINTS);
        } catch (WriterException e) {
            throw new QrTooLongException(text, e);
        }
    }
}
