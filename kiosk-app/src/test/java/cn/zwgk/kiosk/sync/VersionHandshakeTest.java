package cn.zwgk.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.KioskVersions;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.kiosk.catalogue.CatalogueStore;
import cn.zwgk.kiosk.notice.NoticeStore;
import cn.zwgk.kiosk.site.SiteStore;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.fleet.KioskRegistry;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real sync-server and a kiosk Derby store over loopback HTTP: a kiosk below the server's minimum version gets
 * 426, keeps its last good data, says so to staff in Chinese and stops hammering; a kiosk at the minimum syncs.
 */
class VersionHandshakeTest {
    static final String SITE = "110199001001";

    @TempDir
    Path dir;
    SyncServer server;
    Database kioskDb;

    @BeforeEach
    void start() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), Clock.systemUTC());
        server.importer().importDataset(new DemoDataGenerator(7).generate(120));
        server.start();
        kioskDb = KioskDatabase.open(dir.resolve("kiosk/db"));
    }

    @AfterEach
    void stop() {
        kioskDb.close();
        server.close();
    }

    SyncService kioskReporting(String version) {
        SyncSettings settings = new SyncSettings(URI.create("http://127.0.0.1:" + server.port()), "old-kiosk", version,
                dir.resolve("kiosk"), SyncPaths.DEFAULT_PAGE_SIZE, SITE);
        return new SyncService(kioskDb, new PageApplier(new CatalogueStore(), new NoticeStore(), new SiteStore()),
                settings, Clock.systemUTC());
    }

    int kioskItems() {
        return kioskDb.inTransaction(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM catalogue_item")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void aKioskAtTheMinimumSupportedVersionSyncs() {
        SyncService sync = kioskReporting(KioskVersions.MINIMUM);
        sync.useEnrolmentCode(server.enrolment().issueCode(SITE, Duration.ofHours(1)));

        SyncResult result = sync.syncNow();

        assertThat(result.ok()).as(result.error()).isTrue();
        assertThat(result.upgradeRequired()).isFalse();
        assertThat(kioskItems()).isPositive();
    }

    @Test
    void aKioskBelowTheMinimumIsAskedToUpgradeAndKeepsItsLastGoodData() {
        SyncService current = kioskReporting(KioskVersions.MINIMUM);
        current.useEnrolmentCode(server.enrolment().issueCode(SITE, Duration.ofHours(1)));
        assertThat(current.syncNow().ok()).isTrue();
        int items = kioskItems();
        SyncState before = current.currentState();

        SyncService old = kioskReporting("0.0.9"); // the same store and credential, an older program
        SyncResult result = old.syncNow();

        assertThat(result.ok()).isFalse();
        assertThat(result.upgradeRequired()).isTrue();
        String message = "中心服务器要求升级本机软件（最低版本 " + KioskVersions.MINIMUM + "，本机版本 0.0.9），请联系区政务公开办";
        assertThat(result.error()).isEqualTo(message);
        SyncState after = old.currentState();
        assertThat(after.lastError()).isEqualTo(message);
        assertThat(SyncErrorText.isForPeople(after.lastError())).isTrue();
        assertThat(after.checkpoint()).isEqualTo(before.checkpoint());
        assertThat(after.lastSuccessAt()).isEqualTo(before.lastSuccessAt());
        assertThat(kioskItems()).isEqualTo(items);
        // the inventory report still goes through: the fleet view shows who runs what and why it stopped
        var row = new KioskRegistry(server.database(), Clock.systemUTC()).all()
                .stream().filter(k -> k.id().equals(current.enrolledIdentity().orElseThrow().kioskId())).findFirst()
                .orElseThrow();
        assertThat(row.appVersion()).isEqualTo("0.0.9");
        assertThat(row.lastError()).contains("中心服务器要求升级本机软件");
    }

    @Test
    void afterAnUpgradeRequestTheSchedulerWaitsForTheNightlySlotWithoutPolling() {
        Instant now = Instant.parse("2026-03-02T06:00:00Z"); // 14:00 in Beijing
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        SyncSchedule schedule = SyncSchedule.defaults(Duration.ofMinutes(5), ZoneId.of("Asia/Shanghai"));
        SyncService old = kioskReporting("0.0.9");
        old.useEnrolmentCode(server.enrolment().issueCode(SITE, Duration.ofHours(1)));
        SyncResult refused = old.syncNow();
        assertThat(refused.upgradeRequired()).isTrue();
        SyncScheduler scheduler = new SyncScheduler(old, schedule, "old-kiosk", clock);

        scheduler.after(refused);

        Instant nightly = schedule.nextNightly(now, old.enrolledIdentity().orElseThrow().kioskId());
        assertThat(scheduler.nextSyncAt()).isEqualTo(nightly);
        assertThat(scheduler.nextPollAt()).isEqualTo(nightly);

        scheduler.after(new SyncResult(false, 0, 0, 0, "cannot connect to http://127.0.0.1:1 (ConnectException)"));
        assertThat(scheduler.nextSyncAt()).as("an ordinary failure is retried within minutes")
                .isBefore(now.plus(Duration.ofMinutes(2)));
        scheduler.close();
    }
}
