package cn.zwgk.server.system;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Answers 404 as JSON for paths under the sync API that name no endpoint. */
public final class NotFoundHandler extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Responses.error(response, callback, 404, "not-found", "no such endpoint: " + request.getHttpURI().getPath());
        return true;
    }
}
