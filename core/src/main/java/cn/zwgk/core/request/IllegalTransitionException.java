package cn.zwgk.core.request;

import cn.zwgk.core.ZwgkException;

/** An action that the request's current state does not allow; the message says why, in Chinese. */
public class IllegalTransitionException extends ZwgkException {
    public IllegalTransitionException(String message) {
        super(message);
    }
}
