package cn.zwgk.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.sync.KioskVersions;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Kiosks below {@link KioskVersions#MINIMUM} get 426 on the sync endpoints, over real HTTP. */
class KioskVersionGateTest {
    @TempDir
    Path dir;
    SyncServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir), Clock.systemUTC());
        server.start();
    }

    @AfterEach
    void stop() {
        http.close();
        server.close();
    }

    HttpResponse<String> get(String path, String version) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20));
        if (version != null) {
            b.header(SyncPaths.HEADER_APP_VERSION, version);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anOldOrUnnamedKioskIsToldTheMinimumVersion() throws Exception {
        for (String old : new String[] {"0.0.9", null, "garbage"}) {
            HttpResponse<String> r = get(SyncPaths.CHANGES + "?since=0", old);
            assertThat(r.statusCode()).as(old).isEqualTo(426);
            JsonNode body = SyncJson.mapper().readTree(r.body());
            assertThat(body.path("error").asString()).isEqualTo("upgrade-required");
            assertThat(body.path("minimumVersion").asString()).isEqualTo(KioskVersions.MINIMUM);
        }
        assertThat(get(SyncPaths.URGENT, "0.0.9").statusCode()).isEqualTo(426);
    }

    @Test
    void aSupportedKioskGoesOnToTheCredentialCheck() throws Exception {
        assertThat(get(SyncPaths.CHANGES + "?since=0", KioskVersions.MINIMUM).statusCode()).isEqualTo(401);
        assertThat(get(SyncPaths.CHANGES + "?since=0", "99.1").statusCode()).isEqualTo(401);
    }

    @Test
    void enrolmentInventoryUploadsAndPagesOutsideTheSyncApiAreNotGated() throws Exception {
        assertThat(get(SyncPaths.INVENTORY, "0.0.1").statusCode()).isNotEqualTo(426);
        // requests filed at an outdated kiosk still reach the desk (their receipt date is already legal)
        assertThat(get(SyncPaths.UPLOADS + "/3f2b8a1e-0000-4000-8000-000000000001", "0.0.1").statusCode())
                .isNotEqualTo(426);
        assertThat(get(SyncPaths.ENROL, "0.0.1").statusCode()).isNotEqualTo(426);
        assertThat(get("/health", null).statusCode()).isEqualTo(200);
    }
}
