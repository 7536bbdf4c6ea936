package cn.zwgk.board.print;

import cn.zwgk.board.qr.QrCodes;
import cn.zwgk.board.qr.QrTooLongException;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** QR codes of item URLs ({@link QrCodes}) as lossless 1-bit PDF images (a few hundred bytes each). */
final class QrImages {
    /** Pixels per QR module: enough that a renderer scaling the image never blurs module edges. */
    private static final int SCALE = 4;

    PDImageXObject image(PDDocument doc, String url) throws IOException {
        try {
            return LosslessFactory.createFromImage(doc, QrCodes.scaled(url, SCALE));
        } catch (QrTooLongException e) {
            throw new PrintException("网上链接太长，无法生成二维码 (URL too long for a QR code): " + url, e);
        }
    }
}
