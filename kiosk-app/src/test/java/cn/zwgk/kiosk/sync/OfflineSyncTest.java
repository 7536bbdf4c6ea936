package cn.zwgk.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.bundle.BundleWriter;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.PageSigner;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SigningKeys;
import cn.zwgk.kiosk.clock.ClockReading;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.bundle.BundleExporter;
import cn.zwgk.server.clock.NtpResponder;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offline sync end to end with real parts: a real sync-server (embedded Derby) exports bundle files, a
 * real kiosk store imports them from a directory (the USB case); tombstone horizon, snapshot and hard
 * delete over loopback HTTP; the NTP check against the server's responder and against a silent port.
 */
class OfflineSyncTest {
    static final String SITE = "110199001001";
    static final StaffSession ADMIN = new StaffSession("admin", "管理员", Set.of(Role.CENTRAL_ADMIN), null);

    @TempDir
    Path dir;
    SyncServer server;
    ServerConfig serverConfig;
    Database kioskDb;
    SyncService sync;
    BundleExporter exporter;
    DemoDataGenerator generator = new DemoDataGenerator(11);
    Dataset data = generator.generate(150);

    @BeforeEach
    void enrolledKiosk() throws Exception {
        serverConfig = ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server"));
        server = SyncServer.create(serverConfig, Clock.systemUTC());
        server.importer().importDataset(data);
        server.start();
        exporter = SyncServer.bundleExporterFor(serverConfig, server.database(), Clock.systemUTC());
        kioskDb = KioskDatabase.open(dir.resolve("kiosk/db"));
        sync = kiosk(OfflineSettings.DEFAULTS);
        sync.useEnrolmentCode(server.enrolment().issueCode(SITE, Duration.ofHours(1)));
        assertThat(sync.syncNow().ok()).isTrue();
    }

    SyncService kiosk(OfflineSettings offline) {
        KioskConfig config = new KioskConfig("127.0.0.1", 0, dir.resolve("kiosk"),
                URI.create("http://127.0.0.1:" + server.port()), "offline-kiosk", SITE, Duration.ofMinutes(5),
                ZoneId.of("Asia/Shanghai"));
        return new SyncService(kioskDb, new PageApplier(new cn.zwgk.kiosk.catalogue.CatalogueStore(),
                new cn.zwgk.kiosk.notice.NoticeStore(), new cn.zwgk.kiosk.site.SiteStore()),
                new SyncSettings(config.serverUri(), config.kioskId(), KioskConfig.APP_VERSION, config.dataDir(), 500, SITE, offline),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        kioskDb.close();
        server.close();
    }

    /** 40 catalogue items renamed on the server after the kiosk's last online sync. */
    List<CatalogueItem> renameItems(String mark) {
        List<CatalogueItem> changed = new ArrayList<>();
        for (CatalogueItem it : data.items().subList(0, 40)) {
            changed.add(new CatalogueItem(it.id(), it.kind(), it.domainCode(), it.serialNo(), it.level1(),
                    it.name() + mark, it.content(), it.basis(), it.timeLimit(), it.responsibleBody(), it.channels(),
                    it.audience(), it.method(), it.level(), it.onlineUrl(), it.document(), it.links(), it.language(),
                    it.version() + 1, it.updatedAt()));
        }
        server.importer().importDataset(new Dataset(List.of(), List.of(), changed, List.of()));
        return changed;
    }

    Path export(String site, long since) {
        Path usb = dir.resolve("usb");
        return exporter.export(ADMIN, site, since, usb.resolve(site + "-" + since + FtpFetcher.SUFFIX),
                BundleExporter.Progress.NONE).file();
    }

    List<String> itemNames() {
        return query("SELECT name FROM catalogue_item ORDER BY id");
    }

    List<String> query(String sql) {
        return kioskDb.inTransaction(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        });
    }

    long checkpoint() {
        return sync.currentState().checkpoint();
    }

    @Test
    void aBundleFromAUsbDirectoryBringsTheKioskToTheServersStateAndASecondImportChangesNothing() throws Exception {
        long before = checkpoint();
        renameItems("（U盘）");
        Path bundle = export(SITE, before);
        assertThat(Files.readString(bundle.resolveSibling(bundle.getFileName() + ".sha256"))).startsWith(
                cn.zwgk.core.sync.Sha256.of(bundle));

        List<BundleImport> results = sync.transports().importFromUsb(bundle.getParent().toString());

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(BundleImport.Outcome.IMPORTED);
            assertThat(r.changes()).isEqualTo(40);
            assertThat(r.message()).contains("已导入 40 条变更");
        });
        assertThat(checkpoint()).isEqualTo(server.database().inTransaction(
                new cn.zwgk.server.sync.ChangeLogStore(Clock.systemUTC())::latestSeq));
        assertThat(itemNames()).filteredOn(n -> n.endsWith("（U盘）")).hasSize(40);
        assertThat(sync.lastBundleImport()).get().extracting(BundleImport::outcome)
                .isEqualTo(BundleImport.Outcome.IMPORTED);

        List<String> names = itemNames();
        long after = checkpoint();
        BundleImport again = sync.importBundle(bundle, "USB");
        assertThat(again.outcome()).isEqualTo(BundleImport.Outcome.NOTHING_NEW);
        assertThat(again.message()).contains("没有任何改动");
        assertThat(itemNames()).isEqualTo(names);
        assertThat(checkpoint()).isEqualTo(after);
    }

    @Test
    void aBundleOverlappingWhatTheKioskHasAppliesOnlyTheRest() {
        long start = checkpoint();
        renameItems("（一）");
        Path older = export(SITE, start);
        assertThat(sync.importBundle(older, "USB").ok()).isTrue();
        renameItems("（二）");
        Path fromZero = export(SITE, 0); // covers everything, including what the kiosk already has
        BundleImport r = sync.importBundle(fromZero, "USB");
        assertThat(r.outcome()).isEqualTo(BundleImport.Outcome.IMPORTED);
        assertThat(r.changes()).isEqualTo(40);
        assertThat(itemNames()).filteredOn(n -> n.endsWith("（二）")).hasSize(40);
    }

    @Nested
    class RefusedWhole {
        long before;
        List<String> names;
        Path bundle;

        @BeforeEach
        void newerDataOnTheServer() {
            before = checkpoint();
            names = itemNames();
            renameItems("（坏）");
            bundle = export(SITE, before);
        }

        void assertRefused(Path file, String words) {
            BundleImport r = sync.importBundle(file, "USB");
            assertThat(r.outcome()).isEqualTo(BundleImport.Outcome.REFUSED);
            assertThat(r.message()).contains(words).contains("本机数据没有任何改动");
            assertThat(checkpoint()).isEqualTo(before);
            assertThat(itemNames()).isEqualTo(names);
            assertThat(sync.lastBundleImport()).get().extracting(BundleImport::message).isEqualTo(r.message());
        }

        @Test
        void withAFlippedByte() throws Exception {
            byte[] bytes = Files.readAllBytes(bundle);
            // the stored (uncompressed) manifest sits near the start; flip a byte in the middle of the file
            bytes[bytes.length / 2] ^= 0x01;
            Path flipped = Files.write(dir.resolve("flipped" + FtpFetcher.SUFFIX), bytes);
            BundleImport r = sync.importBundle(flipped, "USB");
            assertThat(r.outcome()).isEqualTo(BundleImport.Outcome.REFUSED);
            assertThat(r.message()).containsAnyOf("签名校验", "损坏");
            assertThat(checkpoint()).isEqualTo(before);
            assertThat(itemNames()).isEqualTo(names);
        }

        @Test
        void withAForgedSignature() throws Exception {
            // the same pages, re-signed with a key that is not the central office's
            Path spool = Files.createDirectories(dir.resolve("forge"));
            Path page = Files.writeString(spool.resolve("p.json"), "{\"protocolVersion\":1,\"since\":" + before
                    + ",\"until\":" + (before + 1) + ",\"latestSeq\":" + (before + 1) + ",\"hasMore\":false,"
                    + "\"changes\":[],\"signature\":null,\"scope\":\"" + SITE + "\",\"serverTime\":null,\"reset\":false}");
            PageSigner forger = new PageSigner(SigningKeys.generate());
            Path forged = dir.resolve("forged" + FtpFetcher.SUFFIX);
            BundleWriter.write(forged, SITE, false, Instant.now(), forger,
                    List.of(new BundleWriter.SignedPage(page, forger.sign(Files.readAllBytes(page)), before, before + 1, 0)),
                    List.of());
            assertRefused(forged, "签名校验");
        }

        @Test
        void withAGapBeforeTheKiosksCheckpoint() {
            renameItems("（后来）");
            long later = server.database().inTransaction(
                    new cn.zwgk.server.sync.ChangeLogStore(Clock.systemUTC())::latestSeq) - 10;
            assertRefused(export(SITE, later), "中间缺少数据");
        }

        @Test
        void forAnotherSitesScope() {
            assertRefused(export("110199002001", before), "是为站点 110199002001 制作的");
        }
    }

    @Test
    void aKioskBehindTheTombstoneHorizonGetsASnapshotWithoutTheDeletedRecords() {
        long behind = checkpoint();
        Notice gone = data.notices().stream().filter(n -> n.siteCode().equals(SITE)).findFirst().orElseThrow();
        assertThat(query("SELECT id FROM notice")).contains(gone.id());
        // deleted on the server; the tombstone is purged before this kiosk ever saw it
        SyncServer.hardDeleteFor(serverConfig, server.database(), Clock.systemUTC())
                .erase(ADMIN, RecordType.NOTICE, gone.id(), "测试：误发布");
        renameItems("（快照）");
        kioskDb.useTransaction(c -> c.createStatement().executeUpdate(
                "UPDATE sync_state SET checkpoint = " + behind + " WHERE id = 1"));
        server.database().useTransaction(c -> c.createStatement().executeUpdate("UPDATE kiosk SET last_seen = "
                + "TIMESTAMP('2000-01-01 00:00:00')"));
        var purge = SyncServer.tombstoneHorizonFor(server.database(), Clock.systemUTC()).purge(Duration.ofDays(30));
        assertThat(purge.horizon()).isGreaterThan(behind);

        SyncResult result = sync.syncNow();

        assertThat(result.ok()).as(result.error()).isTrue();
        assertThat(query("SELECT id FROM notice")).doesNotContain(gone.id());
        assertThat(itemNames()).hasSize(150).filteredOn(n -> n.endsWith("（快照）")).hasSize(40);
        assertThat(checkpoint()).isGreaterThanOrEqualTo(purge.horizon());
    }

    @Test
    void aHardDeleteRemovesTheRecordFromTheKioskAndFromTheServersHistory() {
        Notice mistake = data.notices().stream().filter(n -> n.siteCode().equals(SITE)).findFirst().orElseThrow();
        var result = SyncServer.hardDeleteFor(serverConfig, server.database(), Clock.systemUTC())
                .erase(ADMIN, RecordType.NOTICE, mistake.id(), "误发布了身份证号");

        assertThat(result.logEntriesErased()).isGreaterThanOrEqualTo(1);
        assertThat(sync.syncIfUrgent()).get().extracting(SyncResult::ok).isEqualTo(true);
        assertThat(query("SELECT id FROM notice")).doesNotContain(mistake.id());
        long left = server.database().inTransaction(c -> {
            try (var ps = c.prepareStatement("SELECT COUNT(*) FROM change_log WHERE record_id = ? AND payload IS NOT NULL")) {
                ps.setString(1, mistake.id());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        assertThat(left).as("no copy of the record's data left in the change log").isZero();
    }

    @Test
    void aHardDeleteNeedsTheCentralAdministrator() {
        StaffSession editor = new StaffSession("ed", "编辑", Set.of(Role.CATALOGUE_EDITOR), null);
        Notice n = data.notices().getFirst();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SyncServer.hardDeleteFor(serverConfig,
                server.database(), Clock.systemUTC()).erase(editor, RecordType.NOTICE, n.id(), "x"))
                .isInstanceOf(cn.zwgk.core.staff.AccessDeniedException.class).hasMessageContaining("中心管理员");
    }

    @Nested
    class ClockAgainstNtp {
        @Test
        void theServersNtpResponderGivesTheDriftAndABigOneIsDoubtful() throws Exception {
            // the reference runs 90 s ahead of this machine: the kiosk is 90 s behind
            Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(90));
            try (NtpResponder ntp = NtpResponder.start("127.0.0.1", 0, ahead)) {
                SyncService kiosk = kiosk(OfflineSettings.DEFAULTS.withNtpServer("127.0.0.1:" + ntp.port()));
                assertThat(kiosk.clockCheck().check()).get().satisfies(d -> assertThat(d).isBetween(-91_000L, -89_000L));
                ClockReading reading = kiosk.clockCheck().lastKnownDrift().orElseThrow();
                assertThat(reading.source()).isEqualTo(ClockReading.Source.NTP);
                assertThat(reading.doubtful()).isTrue();
                assertThat(kiosk.clockDriftMillis()).isBetween(-91_000L, -89_000L);
                assertThat(kiosk.clockCheck().lastNtpProblem()).isNull();
            }
        }

        @Test
        void aSilentNtpServerLeavesTheKioskWorkingAndSaysSo() throws Exception {
            try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
                SyncService kiosk = kiosk(OfflineSettings.DEFAULTS.withNtpServer("127.0.0.1:" + silent.getLocalPort()));
                long t0 = System.nanoTime();
                assertThat(kiosk.clockCheck().check()).isEmpty();
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
                assertThat(kiosk.clockCheck().lastNtpProblem()).contains("没有应答").contains("本机照常工作");
                // the drift measured on sync pages still stands, and sync works
                assertThat(kiosk.syncNow().ok()).isTrue();
                assertThat(kiosk.clockCheck().lastKnownDrift()).get()
                        .extracting(ClockReading::source).isEqualTo(ClockReading.Source.SYNC);
            }
        }
    }
}
