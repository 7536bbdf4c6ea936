package cn.zwgk.server.sync;

import cn.zwgk.core.sync.KioskVersions;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers {@code 426 Upgrade Required} with {@code {"error":"upgrade-required","minimumVersion":…}} to a kiosk
 * whose {@link SyncPaths#HEADER_APP_VERSION} is below {@link KioskVersions#MINIMUM} (no header = oldest), on
 * every sync endpoint but enrolment, the inventory report and uploads: the first two still go through so the
 * fleet view shows which kiosks run what and need an upgrade, and uploads because a resident's request filed at
 * an outdated kiosk has its legal receipt date already — the desk must see it now, not after the upgrade (an
 * upload the server cannot read is answered 422 and kept for review, as from any kiosk). Everything outside
 * {@code /sync/v1} passes untouched.
 */
public final class KioskVersionGate extends Handler.Wrapper {
    private final String minimum;

    public KioskVersionGate(Handler next) {
        this(KioskVersions.MINIMUM, next);
    }

    /** @param minimum the oldest kiosk version served (tests raise it to play an older kiosk) */
    public KioskVersionGate(String minimum, Handler next) {
        super(next);
        this.minimum = minimum;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        boolean gated = path.startsWith(SyncPaths.V1 + "/") && !path.equals(SyncPaths.ENROL)
                && !path.equals(SyncPaths.INVENTORY) && !path.startsWith(SyncPaths.UPLOADS + "/");
        String version = request.getHeaders().get(SyncPaths.HEADER_APP_VERSION);
        if (!gated || KioskVersions.compare(version, minimum) >= 0) {
            return super.handle(request, response, callback);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "upgrade-required");
        body.put("minimumVersion", minimum);
        body.put("message", "中心服务器要求升级本机软件（最低版本 " + minimum + "）(kiosk version "
                + (version == null ? "unknown" : version.strip()) + " is no longer served)");
        response.setStatus(426);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.UPGRADE, "zwgk-kiosk/" + minimum);
        response.write(true, ByteBuffer.wrap(SyncJson.writeBytes(body)), callback);
        return true;
    }
}
