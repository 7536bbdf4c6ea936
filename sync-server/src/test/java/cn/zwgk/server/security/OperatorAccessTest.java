package cn.zwgk.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.health.HealthCheck;
import cn.zwgk.core.health.HealthProbe;
import cn.zwgk.server.system.HealthHandler;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import cn.zwgk.core.time.AppClock;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 4, the attack: an anonymous client (anyone in the hall's network) asks for the status page, the
 * metrics and the health details, which name kiosk ids, sites, paths and versions. Jetty's LocalConnector stands in
 * for a client that is neither loopback nor a monitoring host, so the test needs no address but loopback.
 */
class OperatorAccessTest {
    static final HealthProbe DATABASE = () -> HealthCheck.ok("database", Map.of("url", "jdbc:derby:/var/lib/zwgk/db"));

    @Test
    void loopbackAndTheNamedMonitoringHostsAreTrustedNobodyElseAndHostNamesAreRefused() throws Exception {
        OperatorAccess access = OperatorAccess.parse("10.20.0.5, 2001:db8::7");
        assertThat(access.trusts(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(access.trusts(InetAddress.getByName("::1"))).isTrue();
        assertThat(access.trusts(InetAddress.getByName("10.20.0.5"))).isTrue();
        assertThat(access.trusts(InetAddress.getByName("2001:db8::7"))).isTrue();
        assertThat(access.trusts(InetAddress.getByName("10.20.0.6"))).isFalse();
        assertThat(access.trusts((InetAddress) null)).isFalse();
        assertThatThrownBy(() -> OperatorAccess.parse("monitor.example"))
                .hasMessageContaining("「monitor.example」不是 IP 地址");
        assertThat(OperatorAccess.parse(null).trusts(InetAddress.getByName("192.168.1.9"))).isFalse();
    }

    @Test
    void anAnonymousClientGetsTheBareHealthStatusAndNeitherTheStatusPageNorTheMetrics() throws Exception {
        Server server = new Server();
        LocalConnector anonymous = new LocalConnector(server);
        server.addConnector(anonymous);
        OperatorAccess access = OperatorAccess.parse("");
        PathMappingsHandler routes = new PathMappingsHandler();
        routes.addMapping(PathSpec.from("/health"),
                new HealthHandler(null, List.of(DATABASE), AppClock.forTests()).detailsFor(access));
        routes.addMapping(PathSpec.from("/metrics"), new OperatorOnlyHandler(access, secret("zwgk_kiosks 12")));
        routes.addMapping(PathSpec.from("/"), new OperatorOnlyHandler(access, secret("kiosk hall-kiosk-7 site 110199001001")));
        server.setHandler(routes);
        server.start();
        try {
            HttpTester.Response health = get(anonymous, "/health");
            assertThat(health.getStatus()).isEqualTo(200);
            assertThat(health.getContent()).isEqualTo("{\"status\":\"ok\"}");
            for (String path : List.of("/", "/metrics")) {
                HttpTester.Response refused = get(anonymous, path);
                assertThat(refused.getStatus()).as(path).isEqualTo(403);
                assertThat(refused.getContent()).as(path).contains("仅限本机和监控主机").doesNotContain("hall-kiosk-7")
                        .doesNotContain("zwgk_kiosks");
            }
        } finally {
            server.stop();
        }
    }

    private static HttpTester.Response get(LocalConnector connector, String path) throws Exception {
        return HttpTester.parseResponse(connector.getResponse("GET " + path + " HTTP/1.1\r\nHost: zwgk\r\nConnection: close\r\n\r\n"));
    }

    private static Handler secret(String text) {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(200);
                response.write(true, java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), callback);
                return true;
            }
        };
    }
}
