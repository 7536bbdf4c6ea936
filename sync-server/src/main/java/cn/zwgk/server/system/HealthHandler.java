package cn.zwgk.server.system;

import cn.zwgk.server.sync.ChangeFeed;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /health}: answers only when the database answers; for launchers and monitoring. */
public final class HealthHandler extends Handler.Abstract {
    private final ChangeFeed feed;

    public HealthHandler(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Responses.json(response, callback, 200, Map.of("status", "ok", "latestSeq", feed.latestSeq()));
        return true;
    }
}
