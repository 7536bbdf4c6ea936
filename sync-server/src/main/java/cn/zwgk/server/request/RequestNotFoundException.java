package cn.zwgk.server.request;

import cn.zwgk.core.ZwgkException;

/** No request with that id or tracking code. */
public class RequestNotFoundException extends ZwgkException {
    public RequestNotFoundException(String what) {
        super("找不到申请：" + what);
    }
}
