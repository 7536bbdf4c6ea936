package cn.zwgk.server.bundle;

import cn.zwgk.core.ZwgkException;

/** A bundle could not be exported; the message is for staff, in Chinese. */
public class BundleExportException extends ZwgkException {
    public BundleExportException(String message) {
        super(message);
    }
}
