package cn.zwgk.core.staff;

import cn.zwgk.core.ZwgkException;

/** A staff member tried something their roles do not allow. The message is Chinese, fit for the screen. */
public class AccessDeniedException extends ZwgkException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
