package cn.zwgk.kiosk.sync;

import cn.zwgk.core.ZwgkException;

/** The server could not be reached, or answered something other than a page. */
public class SyncTransportException extends ZwgkException {
    public SyncTransportException(String message) {
        super(message);
    }

    public SyncTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
