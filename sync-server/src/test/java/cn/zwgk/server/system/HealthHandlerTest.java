package cn.zwgk.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.sync.KioskVersions;
import cn.zwgk.core.sync.SyncJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The server's {@code /health} over real HTTP on a real Derby store. */
class HealthHandlerTest {
    static final cn.zwgk.core.dataset.Dataset DATA = new DemoDataGenerator(3).generate(20);

    @TempDir
    Path dir;
    SyncServer server;

    @AfterEach
    void stop() {
        System.clearProperty("zwgk.disk.warn");
        if (server != null) {
            server.close();
        }
    }

    SyncServer started() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir), Clock.systemUTC());
        server.importer().importDataset(DATA);
        server.start();
        return server;
    }

    HttpResponse<String> health() throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void aHealthyServerAnswers200OkWithItsChecksThenFailsWith503WhenTheDatabaseStops() throws Exception {
        started();

        HttpResponse<String> ok = health();
        assertThat(ok.statusCode()).isEqualTo(200);
        JsonNode body = SyncJson.mapper().readTree(ok.body());
        assertThat(body.path("status").asString()).isEqualTo("ok");
        assertThat(body.path("latestSeq").asLong()).isEqualTo(DATA.size());
        assertThat(body.path("minimumKioskVersion").asString()).isEqualTo(KioskVersions.MINIMUM);
        assertThat(body.path("version").asString()).isEqualTo(ServerConfig.APP_VERSION);
        assertThat(body.path("checks").propertyNames()).startsWith("database", "disk", "fleet"); // then added ones (backup)
        assertThat(body.path("checks").path("database").path("status").asString()).isEqualTo("ok");
        assertThat(body.path("checks").path("disk").path("freeBytes").asLong()).isPositive();
        assertThat(body.path("checks").path("fleet").path("missedTwoNights").asLong()).isZero();

        server.database().close();

        HttpResponse<String> failed = health();
        assertThat(failed.statusCode()).isEqualTo(503);
        JsonNode down = SyncJson.mapper().readTree(failed.body());
        assertThat(down.path("status").asString()).isEqualTo("fail");
        assertThat(down.path("checks").path("database").path("status").asString()).isEqualTo("fail");
        assertThat(down.path("latestSeq").isNull()).isTrue();
        assertThat(failed.body()).doesNotContain("\tat ");
    }

    @Test
    void lowDiskSpaceIsAWarningWith200() throws Exception {
        System.setProperty("zwgk.disk.warn", String.valueOf(Long.MAX_VALUE));
        started();

        HttpResponse<String> warn = health();

        assertThat(warn.statusCode()).isEqualTo(200);
        JsonNode body = SyncJson.mapper().readTree(warn.body());
        assertThat(body.path("status").asString()).isEqualTo("warn");
        assertThat(body.path("checks").path("disk").path("status").asString()).isEqualTo("warn");
        assertThat(body.path("checks").path("database").path("status").asString()).isEqualTo("ok");
    }
}
