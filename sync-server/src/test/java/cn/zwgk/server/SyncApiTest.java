package cn.zwgk.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.sync.ChangePage;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync API and status page over real HTTP on loopback. */
class SyncApiTest {
    @TempDir
    static Path dir;
    static SyncServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir), Clock.systemUTC());
        server.importer().importDataset(new DemoDataGenerator(3).generate(100));
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> get(String pathAndQuery, String kioskId, String site) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery));
        if (kioskId != null) {
            request.header(SyncPaths.HEADER_KIOSK_ID, kioskId);
        }
        if (site != null) {
            request.header(SyncPaths.HEADER_KIOSK_SITE, site);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesAPageAsJson() throws Exception {
        HttpResponse<String> response = get(SyncPaths.CHANGES + "?since=0&limit=10", "kiosk-a", "110105001001");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        ChangePage page = SyncJson.read(response.body(), ChangePage.class);
        page.requireContinues(0);
        assertThat(page.changes()).hasSize(10);
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void statusPageShowsCountsAndTheKiosksSeenEscaped() throws Exception {
        get(SyncPaths.CHANGES + "?since=0&limit=1", "kiosk-b", "<script>alert(1)</script>");
        HttpResponse<String> response = get("/", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("目录条目（合计）</td><td class=\"num\">100<")
                .contains("kiosk-b")
                .contains("&lt;script&gt;")
                .doesNotContain("<script>alert(1)");
    }

    @Nested
    class ClientMistakesGet400NotA500 {
        @Test
        void missingKioskId() throws Exception {
            HttpResponse<String> response = get(SyncPaths.CHANGES + "?since=0", null, null);
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("missing-kiosk-id");
        }

        @Test
        void nonNumericOrOutOfRangeParameters() throws Exception {
            assertThat(get(SyncPaths.CHANGES + "?since=abc", "k", null).statusCode()).isEqualTo(400);
            assertThat(get(SyncPaths.CHANGES + "?since=-1", "k", null).statusCode()).isEqualTo(400);
            assertThat(get(SyncPaths.CHANGES + "?limit=999999", "k", null).statusCode()).isEqualTo(400);
        }

        @Test
        void unknownPath() throws Exception {
            assertThat(get("/nothing-here", null, null).statusCode()).isEqualTo(404);
        }
    }
}
