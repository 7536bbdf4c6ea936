package cn.zwgk.board.render;

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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A QR code of a URL as a {@code data:image/png;base64,...} URI, so screen, kiosk and PDF need no file. One
 * pixel per module (a few hundred bytes); the stylesheets scale it up with {@code image-rendering: pixelated}.
 * Recent codes are cached: a board re-renders the same notices all day.
 */
final class QrDataUri {
    private static final int CACHED = 2_000;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2);
    private static final Map<String, String> CACHE = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > CACHED;
        }
    };

    private QrDataUri() {
    }

    static String of(String url) {
        synchronized (CACHE) {
            String cached = CACHE.get(url);
            if (cached != null) {
                return cached;
            }
        }
        String uri = encode(url);
        synchronized (CACHE) {
            CACHE.put(url, uri);
        }
        return uri;
    }

    private static String encode(String url) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new RenderException("网上链接太长，无法生成二维码：" + url, e);
        }
        BufferedImage img = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                img.setRGB(x, y, m.get(x, y) ? 0 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(512);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        // in memory: ImageIO's default file cache costs a temp file per image
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(png)) {
            writer.setOutput(out);
            writer.write(new IIOImage(img, null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
