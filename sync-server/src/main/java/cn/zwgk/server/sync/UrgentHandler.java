package cn.zwgk.server.sync;

import cn.zwgk.server.security.KioskAuthHandler;
import cn.zwgk.server.system.Responses;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /sync/v1/urgent}: the newest urgent seq in the kiosk's scope; the kiosk syncs when it is new. */
public final class UrgentHandler extends Handler.Abstract {
    private final ChangeFeed feed;

    public UrgentHandler(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String site = KioskAuthHandler.principal(request).siteCode();
        Responses.json(response, callback, 200, Map.of("urgentSeq", feed.latestUrgent(site)));
        return true;
    }
}
