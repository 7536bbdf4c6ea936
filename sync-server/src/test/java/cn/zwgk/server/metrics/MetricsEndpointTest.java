package cn.zwgk.server.metrics;

import cn.zwgk.core.sync.KioskVersions;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.sync.Enrolment;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /metrics over real HTTP: what a Prometheus scrape of a working server shows. */
class MetricsEndpointTest {
    static final String COMMUNITY = "110199001001";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    SyncServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header(SyncPaths.HEADER_APP_VERSION, KioskVersions.MINIMUM);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(m.find()).as("series %s in%n%s", series, scrape).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void pagesServedRefusalsLatenciesAndFleetLagAreScraped() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir), Clock.systemUTC());
        server.importer().importDataset(new DemoDataGenerator(5).generate(50));
        server.start();
        String code = server.enrolment().issueCode(COMMUNITY, Duration.ofDays(1));
        Enrolment kiosk = SyncJson.read(send("POST", SyncPaths.ENROL, null,
                SyncJson.write(new Enrolment.Request(code, "kiosk-metrics"))).body(), Enrolment.class);

        assertThat(send("GET", SyncPaths.CHANGES + "?since=0&limit=20", kiosk.token(), null).statusCode()).isEqualTo(200);
        assertThat(send("GET", SyncPaths.CHANGES + "?since=20&limit=20", kiosk.token(), null).statusCode()).isEqualTo(200);
        assertThat(send("GET", SyncPaths.CHANGES + "?since=0", "forged-token", null).statusCode()).isEqualTo(401);

        System.gc(); // the gauges must survive a collection (Micrometer holds gauge state weakly by default)
        HttpResponse<String> scrape = send("GET", "/metrics", null, null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String text = scrape.body();
        assertThat(value(text, "zwgk_sync_requests_total{endpoint=\"changes\",status=\"2xx\"}")).isEqualTo(2);
        assertThat(value(text, "zwgk_sync_requests_total{endpoint=\"changes\",status=\"4xx\"}")).isEqualTo(1);
        assertThat(value(text, "zwgk_sync_requests_total{endpoint=\"enrol\",status=\"2xx\"}")).isEqualTo(1);
        assertThat(value(text, "zwgk_sync_request_seconds_count{endpoint=\"changes\"}")).isEqualTo(3);
        assertThat(value(text, "zwgk_fleet_kiosks")).isEqualTo(1);
        assertThat(value(text, "zwgk_fleet_lag_changes_max")).isPositive();
        assertThat(value(text, "zwgk_fleet_missed_nightly")).isZero();
        assertThat(value(text, "zwgk_fleet_lag_time_max_seconds")).isBetween(0.0, 600.0);
        assertThat(text).doesNotContain("zwgk_sync_errors_total{endpoint=\"changes\"} 1");

        assertThat(send("POST", "/metrics", null, "{}").statusCode()).isEqualTo(405);
    }

    @Test
    void unknownPathsShareOneLabelSoProbesCannotMultiplySeries() {
        assertThat(Endpoints.of("/sync/v1/changes")).isEqualTo("changes");
        assertThat(Endpoints.of("/sync/v1/uploads/abc-123")).isEqualTo("uploads");
        assertThat(Endpoints.of("/sync/v1/../../etc/passwd")).isEqualTo("sync-other");
        assertThat(Endpoints.of("/wp-admin/x")).isEqualTo("other");
        assertThat(Endpoints.of("/console/login")).isEqualTo("console");
    }
}
