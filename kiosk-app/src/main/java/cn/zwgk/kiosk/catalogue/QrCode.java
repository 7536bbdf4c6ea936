package cn.zwgk.kiosk.catalogue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A QR code as a PNG (ZXing): error correction M, the standard 4-module quiet zone, drawn at twice the
 * displayed size so it stays sharp on high-density screens.
 */
public final class QrCode {
    private static final int QUIET_ZONE_MODULES = 4;

    private QrCode() {
    }

    public static byte[] png(String text, int sizePx) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, sizePx, sizePx,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, QUIET_ZONE_MODULES,
                            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the QR code PNG", e);
        }
    }

    /** The PNG as a {@code data:} URL, so the code travels with the page and needs no extra request. */
    public static String pngDataUrl(String text, int sizePx) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, sizePx));
    }
}
