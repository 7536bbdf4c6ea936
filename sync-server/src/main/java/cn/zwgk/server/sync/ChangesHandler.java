package cn.zwgk.server.sync;

import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.PageSigner;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.server.fleet.KioskRegistry;
import cn.zwgk.server.security.KioskAuthHandler;
import cn.zwgk.server.security.KioskPrincipal;
import cn.zwgk.server.system.Responses;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * {@code GET /sync/v1/changes?since=N&limit=M}: the next page of the change log within the calling
 * kiosk's scope, signed over its exact bytes. Client mistakes get 400 with a message, never 500.
 */
public final class ChangesHandler extends Handler.Abstract {
    private final ChangeFeed feed;
    private final KioskRegistry kiosks;
    private final PageSigner signer;

    public ChangesHandler(ChangeFeed feed, KioskRegistry kiosks, PageSigner signer) {
        this.feed = feed;
        this.kiosks = kiosks;
        this.signer = signer;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!Responses.allowOnly(HttpMethod.GET, request, response, callback)) {
            return true;
        }
        KioskPrincipal kiosk = KioskAuthHandler.principal(request);
        Fields query = Request.extractQueryParameters(request);
        long since;
        int limit;
        try {
            since = Long.parseLong(valueOr(query, SyncPaths.PARAM_SINCE, "0"));
            limit = Integer.parseInt(valueOr(query, SyncPaths.PARAM_LIMIT, String.valueOf(SyncPaths.DEFAULT_PAGE_SIZE)));
        } catch (NumberFormatException e) {
            Responses.error(response, callback, 400, "bad-parameter", "since and limit must be whole numbers");
            return true;
        }
        if (since < 0 || limit < 1 || limit > SyncPaths.MAX_PAGE_SIZE) {
            Responses.error(response, callback, 400, "bad-parameter",
                    "since must be >= 0 and limit between 1 and " + SyncPaths.MAX_PAGE_SIZE);
            return true;
        }
        boolean continuingSnapshot = "true".equals(valueOr(query, SyncPaths.PARAM_SNAPSHOT, "false"));
        ChangePage page = feed.pageFor(kiosk.siteCode(), since, limit, continuingSnapshot);
        kiosks.seen(kiosk.kioskId(), trimmed(request.getHeaders().get(SyncPaths.HEADER_APP_VERSION)), since,
                page.changes().isEmpty());
        byte[] body = SyncJson.writeBytes(page);
        Responses.signedJson(response, callback, body, signer.sign(body));
        return true;
    }

    private static String valueOr(Fields query, String name, String fallback) {
        String value = query.getValue(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String trimmed(String header) {
        if (header == null) {
            return null;
        }
        String t = header.strip();
        return t.length() > 40 ? t.substring(0, 40) : t;
    }
}
