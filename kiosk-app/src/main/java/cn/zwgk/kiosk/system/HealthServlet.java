package cn.zwgk.kiosk.system;

import cn.zwgk.core.health.HealthReport;
import cn.zwgk.core.sync.SyncJson;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /health}: 200 with {@code "status":"ok"|"warn"} while the kiosk and its database answer, 503 with
 * {@code "status":"fail"} when the database does not (see {@link KioskHealth}); for the health monitor unit,
 * installers and scripts.
 */
final class HealthServlet extends HttpServlet {
    private final transient KioskHealth health;

    HealthServlet(KioskHealth health) {
        this.health = health;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HealthReport report = health.run();
        response.setStatus(report.httpStatus());
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(SyncJson.writeBytes(health.json(report)));
    }
}
