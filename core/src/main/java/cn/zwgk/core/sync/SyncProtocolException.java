package cn.zwgk.core.sync;

import cn.zwgk.core.ZwgkException;

/** A page or request broke the sync protocol; it is refused whole. */
public class SyncProtocolException extends ZwgkException {
    public SyncProtocolException(String message) {
        super(message);
    }

    public SyncProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
