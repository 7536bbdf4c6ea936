package cn.zwgk.server.security;

import cn.zwgk.server.system.Responses;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Serves the wrapped handler (status page, metrics) only to clients {@link OperatorAccess} trusts; 403 otherwise. */
public final class OperatorOnlyHandler extends Handler.Wrapper {
    private final OperatorAccess access;

    public OperatorOnlyHandler(OperatorAccess access, Handler operatorsOnly) {
        super(operatorsOnly);
        this.access = access;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!access.trusts(request)) {
            Responses.error(response, callback, 403, "operators-only",
                    "状态页和监控指标仅限本机和监控主机（ZWGK_MONITOR_HOSTS）访问；工作人员请登录管理控制台 /console/");
            return true;
        }
        return super.handle(request, response, callback);
    }
}
