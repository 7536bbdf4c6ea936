package cn.zwgk.core.backup;

import cn.zwgk.core.ZwgkException;

/** A backup or restore that could not be done; the message says why and what to do, for the operator. */
public class BackupException extends ZwgkException {
    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
