package cn.zwgk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.kiosk.sync.SyncResult;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.kiosk.sync.SyncState;
import cn.zwgk.kiosk.sync.SyncStatusText;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real sync-server and a kiosk store (real Derby files) syncing over HTTP on loopback. */
class KioskSyncIntegrationTest {
    static final Dataset DATA = new DemoDataGenerator(11).generate(1000);

    @TempDir
    Path dir;
    SyncServer server;
    Database kioskDb;
    SyncService sync;

    @BeforeEach
    void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), Clock.systemUTC());
        server.importer().importDataset(DATA);
        server.start();
        kioskDb = KioskDatabase.open(dir.resolve("kiosk/db"));
        sync = syncTo(URI.create("http://127.0.0.1:" + server.port()));
    }

    private SyncService syncTo(URI serverUri) {
        KioskConfig config = new KioskConfig("127.0.0.1", 0, dir.resolve("kiosk"), serverUri, "it-kiosk",
                "110105001001", Duration.ofMinutes(10), ZoneId.of("Asia/Shanghai"));
        return KioskApp.syncService(kioskDb, config, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        kioskDb.close();
        server.close();
    }

    private List<CatalogueItem> kioskItems() {
        return kioskDb.inTransaction(c -> {
            List<CatalogueItem> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT payload FROM catalogue_item ORDER BY id");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(SyncJson.read(rs.getString(1), CatalogueItem.class));
                }
            }
            return items;
        });
    }

    @Test
    void afterASyncTheKioskHoldsExactlyTheServersItems() {
        SyncResult result = sync.syncNow();

        assertThat(result.ok()).as(result.error()).isTrue();
        assertThat(result.pages()).isGreaterThan(1);
        assertThat(kioskItems()).containsExactlyInAnyOrderElementsOf(
                server.database().inTransaction(new CatalogueStore()::allItems));
        SyncState state = sync.currentState();
        assertThat(state.checkpoint()).isEqualTo(DATA.size()).isEqualTo(state.serverLatest());
        assertThat(state.lastSuccessAt()).isNotNull();
        assertThat(state.lastError()).isNull();
    }

    @Test
    void aSecondSyncFetchesOnlyWhatChanged() {
        sync.syncNow();
        CatalogueItem first = DATA.items().getFirst();
        CatalogueItem changed = new CatalogueItem(first.id(), first.kind(), first.domainCode(), first.serialNo(),
                first.level1(), first.name() + "（修订）", first.content(), first.basis(), first.timeLimit(),
                first.responsibleBody(), first.channels(), first.audience(), first.method(), first.level(),
                first.onlineUrl(), first.document(), first.links(), first.language(), first.version() + 1,
                first.updatedAt());
        server.importer().importDataset(new Dataset(List.of(), List.of(), List.of(changed), List.of()));

        SyncResult result = sync.syncNow();

        assertThat(result.ok()).isTrue();
        assertThat(result.changes()).isEqualTo(1);
        assertThat(kioskItems()).contains(changed).doesNotContain(first).hasSize(DATA.items().size());
        assertThat(sync.syncNow().changes()).isZero();
    }

    @Test
    void whenTheServerIsUnreachableTheKioskKeepsItsDataAndSaysSo() {
        sync.syncNow();
        Instant lastSuccess = sync.currentState().lastSuccessAt();
        server.close();
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server2")), Clock.systemUTC());

        SyncResult result = sync.syncNow();

        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("cannot connect");
        assertThat(kioskItems()).hasSize(DATA.items().size());
        SyncState state = sync.currentState();
        assertThat(state.lastSuccessAt()).isEqualTo(lastSuccess);
        assertThat(state.checkpoint()).isEqualTo(DATA.size());
        assertThat(SyncStatusText.describe(state, Instant.now(), ZoneId.of("Asia/Shanghai")))
                .startsWith("数据更新于 ").contains("暂时无法连接中心服务器，正在显示上次更新的数据");
    }

    @Test
    void aPageWithAGapIsRefusedWholeAndNothingIsApplied() throws Exception {
        sync.syncNow();
        long checkpoint = sync.currentState().checkpoint();
        String page = "{\"protocolVersion\":1,\"since\":" + (checkpoint + 5) + ",\"until\":" + (checkpoint + 6)
                + ",\"latestSeq\":" + (checkpoint + 6) + ",\"hasMore\":false,\"changes\":[{\"seq\":"
                + (checkpoint + 6) + ",\"type\":\"DOMAIN\",\"id\":\"forged\",\"op\":\"UPSERT\","
                + "\"payload\":{\"code\":\"forged\",\"name\":\"伪造\",\"sortOrder\":1}}]}";
        try (FakeServer fake = new FakeServer(page)) {
            SyncResult result = syncTo(fake.uri()).syncNow();

            assertThat(result.ok()).isFalse();
            assertThat(result.error()).contains("checkpoint is " + checkpoint);
        }
        assertThat(sync.currentState().checkpoint()).isEqualTo(checkpoint);
        assertThat(domainCodes()).doesNotContain("forged");
    }

    @Test
    void aPageWithOneInvalidRecordIsRolledBackWhole() throws Exception {
        sync.syncNow();
        long cp = sync.currentState().checkpoint();
        String page = "{\"protocolVersion\":1,\"since\":" + cp + ",\"until\":" + (cp + 2) + ",\"latestSeq\":"
                + (cp + 2) + ",\"hasMore\":false,\"changes\":["
                + "{\"seq\":" + (cp + 1) + ",\"type\":\"DOMAIN\",\"id\":\"fine\",\"op\":\"UPSERT\","
                + "\"payload\":{\"code\":\"fine\",\"name\":\"正常领域\",\"sortOrder\":99}},"
                + "{\"seq\":" + (cp + 2) + ",\"type\":\"CATALOGUE_ITEM\",\"id\":\"x\",\"op\":\"UPSERT\","
                + "\"payload\":{\"name\":\"缺少其他字段\"}}]}";
        try (FakeServer fake = new FakeServer(page)) {
            SyncResult result = syncTo(fake.uri()).syncNow();

            assertThat(result.ok()).isFalse();
            assertThat(result.error()).contains("change " + (cp + 2)).contains("CATALOGUE_ITEM x");
        }
        assertThat(sync.currentState().checkpoint()).isEqualTo(cp);
        assertThat(sync.currentState().lastError()).contains("change " + (cp + 2));
        assertThat(domainCodes()).doesNotContain("fine");
    }

    private List<String> domainCodes() {
        return kioskDb.inTransaction(c -> {
            List<String> codes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code FROM domain");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        });
    }

    /** Answers every request with one fixed page: stands in for a broken or hostile server. */
    static final class FakeServer implements AutoCloseable {
        private final com.sun.net.httpserver.HttpServer http;

        FakeServer(String page) throws java.io.IOException {
            http = com.sun.net.httpserver.HttpServer.create(
                    new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext("/", exchange -> {
                byte[] body = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            http.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }
}
