package cn.zwgk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.PageSigner;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SigningKeys;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.kiosk.sync.SyncResult;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.security.CentralKeys;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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

/**
 * Bad pages, served to an enrolled and synced kiosk by a stand-in server that holds the real central key
 * (so only the fault under test is wrong): each is refused whole, nothing is applied, the checkpoint
 * stays, and the reason is recorded.
 */
class SyncFaultTest {
    static final String SITE = "110199001001";

    @TempDir
    Path dir;
    SyncServer server;
    ServerConfig serverConfig;
    Database kioskDb;
    SyncService sync;
    PageSigner centralKey;
    long checkpoint;
    byte[] firstPageEverServed;

    @BeforeEach
    void syncedKiosk() throws Exception {
        serverConfig = ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server"));
        server = SyncServer.create(serverConfig, Clock.systemUTC());
        server.importer().importDataset(new DemoDataGenerator(5).generate(200));
        server.start();
        centralKey = new PageSigner(CentralKeys.loadOrCreate(serverConfig.keyDir()));
        kioskDb = KioskDatabase.open(dir.resolve("kiosk/db"));
        KioskConfig config = new KioskConfig("127.0.0.1", 0, dir.resolve("kiosk"),
                URI.create("http://127.0.0.1:" + server.port()), "fault-kiosk", SITE, Duration.ofMinutes(5),
                ZoneId.of("Asia/Shanghai"));
        sync = KioskApp.syncService(kioskDb, config, Clock.systemUTC());
        sync.useEnrolmentCode(server.enrolment().issueCode(SITE, Duration.ofHours(1)));
        assertThat(sync.syncNow().ok()).isTrue();
        checkpoint = sync.currentState().checkpoint();
        firstPageEverServed = SyncJson.writeBytes(new ChangePage(1, 0, 1, checkpoint, true,
                List.of(domain(1, "replayed")), null, SITE, Instant.now()));
    }

    @AfterEach
    void stop() {
        kioskDb.close();
        server.close();
    }

    static Change domain(long seq, String code) {
        return Change.upsert(seq, RecordType.DOMAIN, code, SyncJson.tree(new Domain(code, "注入的领域", 99)));
    }

    ChangePage page(long since, List<Change> changes, String scope) {
        long until = changes.isEmpty() ? since : changes.getLast().seq();
        return new ChangePage(1, since, until, Math.max(until, since), false, changes, null, scope, Instant.now());
    }

    @Test
    void aGapAfterTheCheckpointIsRefused() throws Exception {
        assertRefused(signed(page(checkpoint + 5, List.of(domain(checkpoint + 6, "gap")), SITE)),
                "checkpoint is " + checkpoint);
    }

    @Test
    void aReplayedOldPageIsRefused() throws Exception {
        assertRefused(new Served(firstPageEverServed, centralKey.sign(firstPageEverServed)), "checkpoint is " + checkpoint);
    }

    @Test
    void anOutOfOrderPageIsRefused() throws Exception {
        ChangePage p = new ChangePage(1, checkpoint, checkpoint + 2, checkpoint + 2, false,
                List.of(domain(checkpoint + 2, "b"), domain(checkpoint + 1, "a")), null, SITE, Instant.now());
        assertRefused(signed(p), "is not after");
    }

    @Test
    void aPageForAnotherSitesScopeIsRefused() throws Exception {
        assertRefused(signed(page(checkpoint, List.of(domain(checkpoint + 1, "other")), "110199002001")),
                "page is for site 110199002001");
    }

    @Test
    void aForgedSignatureIsRefused() throws Exception {
        byte[] body = SyncJson.writeBytes(page(checkpoint, List.of(domain(checkpoint + 1, "forged")), SITE));
        assertRefused(new Served(body, new PageSigner(SigningKeys.generate()).sign(body)), "this kiosk trusts key");
    }

    @Test
    void aFlippedByteIsRefused() throws Exception {
        byte[] body = SyncJson.writeBytes(page(checkpoint, List.of(domain(checkpoint + 1, "flipped")), SITE));
        String signature = centralKey.sign(body);
        byte[] tampered = body.clone();
        int at = new String(body, java.nio.charset.StandardCharsets.UTF_8).indexOf("flipped");
        tampered[at] = 'F';
        assertRefused(new Served(tampered, signature), "forged or corrupted");
    }

    @Test
    void aTruncatedPageIsRefused() throws Exception {
        byte[] body = SyncJson.writeBytes(page(checkpoint, List.of(domain(checkpoint + 1, "cut")), SITE));
        String signature = centralKey.sign(body);
        assertRefused(new Served(java.util.Arrays.copyOf(body, body.length / 2), signature), "forged or corrupted");
    }

    @Test
    void aPageWithOneInvalidRecordIsRolledBackWhole() throws Exception {
        Change bad = new Change(checkpoint + 2, RecordType.CATALOGUE_ITEM, "x", cn.zwgk.core.sync.ChangeOp.UPSERT,
                SyncJson.mapper().readTree("{\"name\":\"缺少其他字段\"}"));
        assertRefused(signed(page(checkpoint, List.of(domain(checkpoint + 1, "fine"), bad), SITE)),
                "change " + (checkpoint + 2));
        assertThat(domainCodes()).doesNotContain("fine");
    }

    private Served signed(ChangePage page) {
        byte[] body = SyncJson.writeBytes(page);
        return new Served(body, centralKey.sign(body));
    }

    private void assertRefused(Served served, String reason) throws Exception {
        List<String> before = domainCodes();
        try (StandIn standIn = new StandIn(served)) {
            pointKioskAt(standIn.uri());
            SyncResult result = sync.syncNow();
            assertThat(result.ok()).isFalse();
            assertThat(result.error()).contains(reason);
        }
        assertThat(sync.currentState().checkpoint()).isEqualTo(checkpoint);
        assertThat(sync.currentState().lastError()).contains(reason);
        assertThat(domainCodes()).isEqualTo(before);
    }

    private void pointKioskAt(URI uri) {
        kioskDb.useTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE kiosk_identity SET server_url = ?")) {
                ps.setString(1, uri.toString());
                ps.executeUpdate();
            }
        });
    }

    private List<String> domainCodes() {
        return kioskDb.inTransaction(c -> {
            List<String> codes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code FROM domain ORDER BY code");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        });
    }

    record Served(byte[] body, String signature) {
    }

    /** Serves one fixed page (and accepts inventory reports), like a broken or hostile server would. */
    static final class StandIn implements AutoCloseable {
        private final HttpServer http;

        StandIn(Served served) throws IOException {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            http.createContext(SyncPaths.CHANGES, exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.getResponseHeaders().set(SyncPaths.HEADER_SIGNATURE, served.signature());
                exchange.sendResponseHeaders(200, served.body().length);
                exchange.getResponseBody().write(served.body());
                exchange.close();
            });
            http.createContext("/", exchange -> {
                byte[] ok = "{}".getBytes();
                exchange.sendResponseHeaders(200, ok.length);
                exchange.getResponseBody().write(ok);
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
