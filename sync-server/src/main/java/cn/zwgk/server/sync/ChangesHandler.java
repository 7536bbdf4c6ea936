package cn.zwgk.server.sync;

import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.server.fleet.KioskRegistry;
import cn.zwgk.server.system.Responses;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * {@code GET /sync/v1/changes?since=N&limit=M}: the next page of the change log for the asking kiosk.
 * Client mistakes get 400 with a message, never 500.
 */
public final class ChangesHandler extends Handler.Abstract {
    private static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final ChangeFeed feed;
    private final KioskRegistry kiosks;

    public ChangesHandler(ChangeFeed feed, KioskRegistry kiosks) {
        this.feed = feed;
        this.kiosks = kiosks;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!HttpMethod.GET.is(request.getMethod())) {
            Responses.error(response, callback, 405, "method-not-allowed", "use GET");
            return true;
        }
        String kioskId = request.getHeaders().get(SyncPaths.HEADER_KIOSK_ID);
        if (kioskId == null || !KIOSK_ID.matcher(kioskId).matches()) {
            Responses.error(response, callback, 400, "missing-kiosk-id",
                    "header " + SyncPaths.HEADER_KIOSK_ID + " must be 1-64 letters, digits, '.', '_' or '-'");
            return true;
        }
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
        kiosks.seen(kioskId, trimmed(request.getHeaders().get(SyncPaths.HEADER_KIOSK_SITE)),
                trimmed(request.getHeaders().get(SyncPaths.HEADER_APP_VERSION)), since);
        ChangePage page = feed.pageSince(since, limit);
        Responses.json(response, callback, 200, page);
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
