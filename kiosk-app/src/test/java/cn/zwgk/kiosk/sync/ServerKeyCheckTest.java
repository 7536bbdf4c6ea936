package cn.zwgk.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SigningKeys;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.security.CentralKeys;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What kiosk.sh --server-key-sha256 relies on (KioskMain --expect-server-key): a real sync-server and a kiosk
 * Derby store over loopback HTTP; the fingerprint is the one sync-server enrol-code prints.
 */
class ServerKeyCheckTest {
    static final String SITE = "110199001001";

    @TempDir
    Path dir;
    SyncServer server;
    Database kioskDb;
    SyncService sync;
    String fingerprint;

    @BeforeEach
    void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), Clock.systemUTC());
        server.importer().importDataset(new DemoDataGenerator(5).generate(300));
        server.start();
        fingerprint = server.enrolment().keyFingerprint();
        assertThat(fingerprint).as("the SHA-256 of the key file the server signs with")
                .isEqualTo(SigningKeys.fingerprint(CentralKeys.loadOrCreate(dir.resolve("server/keys")).getPublic()));
        kioskDb = KioskDatabase.open(dir.resolve("kiosk/db"));
        KioskConfig config = new KioskConfig("127.0.0.1", 0, dir.resolve("kiosk"),
                URI.create("http://127.0.0.1:" + server.port()), "key-check", SITE, Duration.ofMinutes(5),
                ZoneId.of("Asia/Shanghai"));
        sync = KioskApp.syncService(kioskDb, config, Clock.systemUTC());
        sync.useEnrolmentCode(server.enrolment().issueCode(SITE, Duration.ofHours(1)));
    }

    @AfterEach
    void stop() {
        kioskDb.close();
        server.close();
    }

    @Test
    void theRightFingerprintEnrolsAndSyncsPrintingEachPage() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sync.addPageListener(new SyncProgressPrinter(new PrintStream(out, true, StandardCharsets.UTF_8)));
        sync.expectServerKey(fingerprint.toUpperCase(java.util.Locale.ROOT));

        SyncResult result = sync.syncNow();

        assertThat(result.ok()).as(result.error()).isTrue();
        assertThat(sync.enrolledIdentity()).isPresent();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("已接收 第 1 页，共 ")
                .contains("已接收 第 " + result.pages() + " 页，共 " + result.changes() + " 条变更…");
    }

    @Test
    void anotherFingerprintRefusesTheEnrolmentBeforeAnythingIsSaved() {
        sync.expectServerKey("00".repeat(32));

        SyncResult result = sync.syncNow();

        assertThat(result.ok()).isFalse();
        assertThat(result.error()).contains("中心公钥指纹不符", "central key SHA-256 is " + fingerprint);
        assertThat(sync.enrolledIdentity()).isEmpty();
        assertThat(sync.currentState().checkpoint()).isZero();
    }

    @Test
    void anEnrolledKioskWhosePinnedKeyIsNotTheExpectedOneDoesNotSync() {
        assertThat(sync.syncNow().ok()).isTrue();
        long checkpoint = sync.currentState().checkpoint();
        server.importer().importDataset(new DemoDataGenerator(6).generate(20));

        sync.expectServerKey("11".repeat(32));
        SyncResult refused = sync.syncNow();

        assertThat(refused.ok()).isFalse();
        assertThat(refused.error()).contains("中心公钥指纹不符");
        assertThat(sync.currentState().checkpoint()).isEqualTo(checkpoint);
        sync.expectServerKey(fingerprint);
        assertThat(sync.syncNow().ok()).isTrue();
        assertThat(sync.currentState().checkpoint()).isGreaterThan(checkpoint);
    }
}
