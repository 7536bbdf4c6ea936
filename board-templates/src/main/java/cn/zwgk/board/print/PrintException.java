package cn.zwgk.board.print;

import cn.zwgk.core.ZwgkException;

/** A disclosure list could not be printed; the message says why in Chinese and English. */
public class PrintException extends ZwgkException {
    public PrintException(String message) {
        super(message);
    }

    public PrintException(String message, Throwable cause) {
        super(message, cause);
    }
}
