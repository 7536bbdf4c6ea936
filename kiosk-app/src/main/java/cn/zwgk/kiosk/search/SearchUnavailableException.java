package cn.zwgk.kiosk.search;

import cn.zwgk.core.ZwgkException;

/** The index cannot answer right now (being built or broken); the caller answers from Derby instead. */
public class SearchUnavailableException extends ZwgkException {
    public SearchUnavailableException(String message) {
        super(message);
    }

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
