package cn.zwgk.kiosk.catalogue;

import cn.zwgk.board.qr.QrCodes;

/**
 * A QR code as a PNG, made by the one helper of screen, board and print ({@link QrCodes}: error correction M,
 * the standard 4-module quiet zone), drawn at twice the displayed size so it stays sharp on high-density screens.
 */
public final class QrCode {

    private QrCode() {
    }

    public static byte[] png(String text, int sizePx) {
        return QrCodes.png(text, sizePx);
    }

    /** The PNG as a {@code data:} URL, so the code travels with the page and needs no extra request. */
    public static String pngDataUrl(String text, int sizePx) {
        return QrCodes.pngDataUri(text, sizePx);
    }
}
