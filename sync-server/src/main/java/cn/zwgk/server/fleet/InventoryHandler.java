package cn.zwgk.server.fleet;

import cn.zwgk.core.sync.InventoryReport;
import cn.zwgk.server.security.KioskAuthHandler;
import cn.zwgk.server.system.Responses;
import java.util.Map;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code POST /sync/v1/inventory}: the kiosk's report after a sync (checkpoint, counts, disk, clock drift). */
public final class InventoryHandler extends Handler.Abstract {
    private final KioskRegistry kiosks;

    public InventoryHandler(KioskRegistry kiosks) {
        this.kiosks = kiosks;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!Responses.allowOnly(HttpMethod.POST, request, response, callback)) {
            return true;
        }
        InventoryReport report = Responses.readJson(request, response, callback, InventoryReport.class, 16_384);
        if (report == null) {
            return true;
        }
        kiosks.report(KioskAuthHandler.principal(request).kioskId(), report);
        Responses.json(response, callback, 200, Map.of("status", "ok"));
        return true;
    }
}
