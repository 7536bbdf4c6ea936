package cn.zwgk.server.sync;

import cn.zwgk.core.ZwgkException;

/** A hard delete was refused; the message is for staff, in Chinese. */
public class HardDeleteException extends ZwgkException {
    public HardDeleteException(String message) {
        super(message);
    }
}
