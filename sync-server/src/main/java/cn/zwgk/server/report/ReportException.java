package cn.zwgk.server.report;

import cn.zwgk.core.ZwgkException;

/** A report was asked for in a way that cannot be answered; the message says why in Chinese. */
public class ReportException extends ZwgkException {
    public ReportException(String message) {
        super(message);
    }
}
