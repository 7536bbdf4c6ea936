package cn.zwgk.kiosk.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.health.HealthReport;
import cn.zwgk.core.health.HealthStatus;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.kiosk.sync.SyncStateStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The kiosk's {@code /health} over a real Derby store; the HTTP answers through its servlet on a real Jetty. */
class KioskHealthTest {
    static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

    @TempDir
    Path dir;
    Database database;
    KioskServices services;
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @BeforeEach
    void open() {
        database = KioskDatabase.open(dir.resolve("db"));
        KioskConfig config = new KioskConfig("127.0.0.1", 0, dir, URI.create("http://127.0.0.1:9"), "health-kiosk",
                "110199001001", Duration.ofMinutes(5), ZoneId.of("Asia/Shanghai"));
        services = KioskApp.services(database, config, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    KioskHealth health(long diskWarnBelow) {
        return KioskHealth.standard(database, services, diskWarnBelow, Duration.ofHours(36));
    }

    void lastSuccess(Instant at) {
        database.useTransaction(c -> new SyncStateStore().recordSuccess(c, at));
    }

    @Test
    void aHealthyKioskAnswers200OkWithEveryCheckAndTheFieldsScriptsRead() throws Exception {
        lastSuccess(NOW.minus(Duration.ofHours(3)));
        Server jetty = healthOnly(health(1));
        jetty.start();
        try {
            HttpResponse<String> ok = get(jetty.getURI().resolve("/health"));
            assertThat(ok.statusCode()).isEqualTo(200);
            JsonNode body = SyncJson.mapper().readTree(ok.body());
            assertThat(body.path("status").asString()).isEqualTo("ok");
            assertThat(body.path("kioskId").asString()).isEqualTo("health-kiosk");
            assertThat(body.has("checkpoint")).isTrue();
            assertThat(body.has("serverLatest")).isTrue();
            assertThat(body.path("lastSuccessAt").asString()).isEqualTo(NOW.minus(Duration.ofHours(3)).toString());
            assertThat(body.path("version").asString()).isEqualTo(KioskConfig.APP_VERSION);
            JsonNode checks = body.path("checks");
            assertThat(checks.propertyNames()).containsExactly("database", "disk", "sync", "clock");
            checks.forEach(c -> assertThat(c.path("status").asString()).isEqualTo("ok"));
            assertThat(checks.path("disk").path("freeBytes").asLong()).isPositive();
            assertThat(checks.path("sync").path("ageSeconds").asLong()).isEqualTo(3 * 3600);

            database.close(); // the database stops answering: the monitor must restart the kiosk

            HttpResponse<String> failed = get(jetty.getURI().resolve("/health"));
            assertThat(failed.statusCode()).isEqualTo(503);
            JsonNode down = SyncJson.mapper().readTree(failed.body());
            assertThat(down.path("status").asString()).isEqualTo("fail");
            assertThat(down.path("checks").path("database").path("status").asString()).isEqualTo("fail");
            assertThat(down.path("kioskId").asString()).isEqualTo("health-kiosk");
            assertThat(failed.body()).doesNotContain("Exception:").doesNotContain("\tat ");
        } finally {
            jetty.stop();
        }
    }

    @Test
    void freeSpaceBelowTheThresholdIsAWarningNotAFailure() {
        lastSuccess(NOW.minus(Duration.ofHours(1)));
        HealthReport report = health(Long.MAX_VALUE).run();

        assertThat(report.status()).isEqualTo(HealthStatus.WARN);
        assertThat(report.httpStatus()).isEqualTo(200);
        assertThat(check(report, "disk")).isEqualTo(HealthStatus.WARN);
        assertThat(check(report, "database")).isEqualTo(HealthStatus.OK);
    }

    @Test
    void aSyncOlderThan36HoursOrNoneAtAllIsAWarning() {
        assertThat(check(health(1).run(), "sync")).as("never synced").isEqualTo(HealthStatus.WARN);

        lastSuccess(NOW.minus(Duration.ofHours(36)));
        assertThat(check(health(1).run(), "sync")).as("exactly 36 h").isEqualTo(HealthStatus.OK);

        lastSuccess(NOW.minus(Duration.ofHours(36)).minusSeconds(1));
        HealthReport old = health(1).run();
        assertThat(check(old, "sync")).isEqualTo(HealthStatus.WARN);
        assertThat(old.httpStatus()).isEqualTo(200);
    }

    @Test
    void aServerAskingForAnUpgradeIsAWarningEvenRightAfterASync() {
        lastSuccess(NOW.minus(Duration.ofMinutes(10)));
        database.useTransaction(c -> new SyncStateStore().recordFailure(c, NOW,
                new cn.zwgk.kiosk.sync.UpgradeRequiredException("9.0.0", "0.1.0").getMessage()));
        HealthReport report = health(1).run();
        assertThat(check(report, "sync")).isEqualTo(HealthStatus.WARN);
        assertThat(health(1).json(report)).containsEntry("lastError",
                "中心服务器要求升级本机软件（最低版本 9.0.0，本机版本 0.1.0），请联系区政务公开办");
    }

    @Test
    void aClockBeyondTheThresholdIsAWarning() {
        lastSuccess(NOW.minus(Duration.ofHours(1)));
        long over = services.sync().clockCheck().threshold().toMillis() + 5_000;
        database.useTransaction(c -> new SyncStateStore().recordDrift(c, over));
        HealthReport report = health(1).run();
        assertThat(check(report, "clock")).isEqualTo(HealthStatus.WARN);
        assertThat(report.checks().stream().filter(c -> c.name().equals("clock")).findFirst().orElseThrow().details())
                .containsEntry("driftMillis", over);
    }

    @Test
    void oneMoreCheckCanBeAdded() {
        lastSuccess(NOW.minus(Duration.ofHours(1)));
        HealthReport report = health(1).with(() -> cn.zwgk.core.health.HealthCheck.ok("backup", Map.of())).run();
        assertThat(report.checks()).extracting(cn.zwgk.core.health.HealthCheck::name)
                .containsExactly("database", "disk", "sync", "clock", "backup");
    }

    /**
     * Jetty serving only the kiosk's HealthServlet on a free loopback port (the full KioskWebServer would also
     * scan the central console's routes, which are on this test classpath).
     */
    static Server healthOnly(KioskHealth health) {
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new HealthServlet(health)), "/health");
        jetty.setHandler(context);
        return jetty;
    }

    static HealthStatus check(HealthReport report, String name) {
        return report.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().status();
    }

    static HttpResponse<String> get(URI uri) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
