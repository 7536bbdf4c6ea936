package cn.zwgk.core.store;

import cn.zwgk.core.ZwgkException;

/** The database failed or refused an operation. */
public class StoreException extends ZwgkException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
