package cn.zwgk.server.request;

import cn.zwgk.core.ZwgkException;

/** Another officer acted on the same request in the meantime; nothing was written. */
public class ConcurrentChangeException extends ZwgkException {
    public ConcurrentChangeException(String trackingCode) {
        super("申请 " + trackingCode + " 刚被其他人办理过，请刷新后再操作");
    }
}
