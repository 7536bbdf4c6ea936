package cn.zwgk.kiosk.system;

import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.kiosk.sync.SyncState;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health}: the kiosk's sync state as JSON, for launchers, monitoring and tests. */
final class HealthServlet extends HttpServlet {
    private final transient KioskServices services;

    HealthServlet(KioskServices services) {
        this.services = services;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SyncState state = services.sync().currentState();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("kioskId", services.config().kioskId());
        body.put("checkpoint", state.checkpoint());
        body.put("serverLatest", state.serverLatest());
        body.put("lastSuccessAt", state.lastSuccessAt() == null ? null : state.lastSuccessAt().toString());
        body.put("lastError", state.lastError());
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(SyncJson.writeBytes(body));
    }
}
