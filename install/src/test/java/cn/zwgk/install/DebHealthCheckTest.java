package cn.zwgk.install;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The health monitor script the packages ship (install/packaging/health-check.sh) against a real HTTP /health on
 * loopback and a stand-in systemctl: it restarts the app only when /health does not answer or answers 503.
 */
class DebHealthCheckTest {
    private static final Path SCRIPT = Checkout.root().resolve("install/packaging/health-check.sh");
    private static final String UNIT = "zwgk-sync-server.service";

    @TempDir
    Path dir;

    private HttpServer health;

    @BeforeAll
    static void curlIsInstalled() {
        DebPackages.requireTool("curl", "curl");
    }

    @AfterEach
    void stopHealth() {
        if (health != null) {
            health.stop(0);
        }
    }

    private Map<String, String> serverAnswering(int status, String json) throws IOException {
        health = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        health.createContext("/health", exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        health.start();
        return Map.of("ZWGK_SERVER_HOST", "0.0.0.0", "ZWGK_SERVER_PORT", String.valueOf(health.getAddress().getPort()));
    }

    private static Map<String, String> nobodyListening() throws IOException {
        return Map.of("ZWGK_SERVER_PORT", String.valueOf(DebPackages.freePort()));
    }

    @Test
    void healthyAppIsLeftAloneQuietly() throws Exception {
        var systemctl = DebSystemctlStandIn.create(dir, true, 3600);
        ScriptRun run = systemctl.runHealthCheck(SCRIPT, "server", serverAnswering(200, "{\"status\":\"ok\",\"checks\":{}}"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).isEmpty();
        assertThat(systemctl.restarts()).isEmpty();
    }

    @Test
    void warnIsLoggedWithTheJsonButNotRestarted() throws Exception {
        var systemctl = DebSystemctlStandIn.create(dir, true, 3600);
        String json = "{\"status\": \"warn\", \"checks\": {\"disk\": {\"status\": \"warn\", \"freeMb\": 80}}}";
        ScriptRun run = systemctl.runHealthCheck(SCRIPT, "server", serverAnswering(200, json));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("健康检查警告").contains("\"freeMb\": 80");
        assertThat(systemctl.restarts()).isEmpty();
    }

    @Test
    void databaseDown503IsRestarted() throws Exception {
        var systemctl = DebSystemctlStandIn.create(dir, true, 3600);
        ScriptRun run = systemctl.runHealthCheck(SCRIPT, "server",
                serverAnswering(503, "{\"status\":\"fail\",\"checks\":{\"database\":\"fail\"}}"));
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stdout()).contains("503").contains("\"database\":\"fail\"");
        assertThat(systemctl.restarts()).containsExactly("systemctl restart --no-block " + UNIT);
    }

    @Test
    void noAnswerIsRestarted() throws Exception {
        var systemctl = DebSystemctlStandIn.create(dir, true, 3600);
        ScriptRun run = systemctl.runHealthCheck(SCRIPT, "server", nobodyListening());
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stdout()).contains("无响应").contains("no answer");
        assertThat(systemctl.restarts()).containsExactly("systemctl restart --no-block " + UNIT);
    }

    @Test
    void otherAnswersAreReportedNotRestarted() throws Exception {
        var systemctl = DebSystemctlStandIn.create(dir, true, 3600);
        ScriptRun run = systemctl.runHealthCheck(SCRIPT, "server", serverAnswering(500, "oops"));
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.stdout()).contains("HTTP 500");
        assertThat(systemctl.restarts()).isEmpty();
    }

    @Test
    void anAppStillStartingIsGivenTime() throws Exception {
        var systemctl = DebSystemctlStandIn.create(dir, true, 20);
        ScriptRun run = systemctl.runHealthCheck(SCRIPT, "server", nobodyListening());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("still starting");
        assertThat(systemctl.restarts()).isEmpty();
    }

    @Test
    void anAppTheOperatorStoppedIsLeftStopped() throws Exception {
        var systemctl = DebSystemctlStandIn.create(dir, false, 3600);
        ScriptRun run = systemctl.runHealthCheck(SCRIPT, "kiosk", nobodyListening());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.stdout()).contains("zwgk-kiosk.service").contains("left alone");
        assertThat(systemctl.restarts()).isEmpty();
    }

    @Test
    void kioskModeChecksTheKioskPortAndRestartsTheKioskUnit() throws Exception {
        var systemctl = DebSystemctlStandIn.create(dir, true, 3600);
        Map<String, String> server = serverAnswering(503, "{\"status\":\"fail\"}");
        ScriptRun run = systemctl.runHealthCheck(SCRIPT, "kiosk", Map.of("ZWGK_KIOSK_PORT", server.get("ZWGK_SERVER_PORT")));
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(systemctl.restarts()).containsExactly("systemctl restart --no-block zwgk-kiosk.service");
    }

    @Test
    void aWrongArgumentIsRefusedWithUsage() throws Exception {
        var systemctl = DebSystemctlStandIn.create(dir, true, 3600);
        ScriptRun run = systemctl.runHealthCheck(SCRIPT, "both", Map.of());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("用法").contains("server|kiosk");
        assertThat(systemctl.calls()).isEmpty();
    }
}
