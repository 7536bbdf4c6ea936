package cn.zwgk.board.qr;

/** The text does not fit in the largest QR code. */
public final class QrTooLongException extends IllegalArgumentException {
    public QrTooLongException(String text, Exception cause) {
        super("cannot encode a QR code of " + text.length() + " characters", cause);
    }
}
