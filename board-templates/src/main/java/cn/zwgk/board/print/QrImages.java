package cn.zwgk.board.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** QR codes of item URLs as lossless 1-bit PDF images (a few hundred bytes each). */
final class QrImages {
    /** Pixels per QR module: enough that a renderer scaling the image never blurs module edges. */
    private static final int SCALE = 4;
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.CHARACTER_SET, "UTF-8",
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 2);

    private final QRCodeWriter writer = new QRCodeWriter();

    PDImageXObject image(PDDocument doc, String url) throws IOException {
        BitMatrix m;
        try {
            m = writer.encode(url, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new PrintException("网上链接太长，无法生成二维码 (URL too long for a QR code): " + url, e);
        }
        BufferedImage img = new BufferedImage(m.getWidth() * SCALE, m.getHeight() * SCALE,
                BufferedImage.TYPE_BYTE_BINARY);
        int white = 0xFFFFFF;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, m.get(x / SCALE, y / SCALE) ? 0 : white);
            }
        }
        return LosslessFactory.createFromImage(doc, img);
    }
}
