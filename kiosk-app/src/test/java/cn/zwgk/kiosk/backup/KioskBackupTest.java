package cn.zwgk.kiosk.backup;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.backup.BackupRotation;
import cn.zwgk.core.backup.BackupService;
import cn.zwgk.core.backup.TableCensus;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.KioskMain;
import cn.zwgk.kiosk.request.RequestCounter;
import cn.zwgk.kiosk.request.RequestFixture;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.server.ServerMain;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A synced kiosk with requests sealed in its outbox is backed up by the {@code kiosk-app backup} command
 * while residents keep filing requests, and the central server is backed up too; both are restored into
 * fresh directories, and the restored kiosk syncs with the restored server: its credential and the server's
 * signing key still match, and the requests sealed before the backup are opened with the restored outbox
 * key and reach the desk (real Derby files at both ends, real HTTP on loopback).
 */
class KioskBackupTest {
    static final String SITE = "110199001001";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    SyncServer server;
    Database kioskDb;
    BackupService kioskBackups;

    @AfterEach
    void stop() {
        if (kioskBackups != null) {
            kioskBackups.close();
        }
        if (kioskDb != null) {
            kioskDb.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aKioskAndItsServerRestoredFromBackupsTakenWhileWritingSyncWithEachOtherAndKeepTheSealedRequests()
            throws Exception {
        int serverPort = freePort();
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", serverPort, dir.resolve("server")), Clock.systemUTC());
        server.importer().importDataset(new DemoDataGenerator(5).generate(100));
        server.start();
        String code = server.enrolment().issueCode(SITE, Duration.ofHours(1));

        Path kioskData = dir.resolve("kiosk");
        kioskDb = KioskDatabase.open(kioskData.resolve("db"));
        KioskConfig config = config(kioskData, server.port());
        KioskServices kiosk = KioskApp.services(kioskDb, config, Clock.systemUTC());
        kiosk.sync().useEnrolmentCode(code);
        assertThat(kiosk.sync().syncNow().ok()).isTrue();
        kioskBackups = KioskBackup.service(kioskDb, config, Clock.systemUTC());
        kioskBackups.start();
        for (int i = 0; i < 3; i++) {
            kiosk.requests().submit(RequestFixture.complete()); // sealed in the outbox, not uploaded
        }
        SortedMap<String, String> before = kioskDb.inTransaction(TableCensus::rowDigests);

        AtomicBoolean filing = new AtomicBoolean(true);
        AtomicInteger filed = new AtomicInteger();
        Thread residents = new Thread(() -> {
            for (int i = 0; i < 10_000 && filing.get(); i++) {
                kiosk.requests().submit(RequestFixture.complete());
                filed.incrementAndGet();
            }
        });
        residents.start();
        int filedBefore = filed.get();
        Run backup = run(new KioskMain(), "backup", "--data", kioskData.toString(), "--to", dir.resolve("kb").toString());
        int filedDuring = filed.get();
        filing.set(false);
        residents.join();
        SortedMap<String, String> after = kioskDb.inTransaction(TableCensus::rowDigests);
        long outboxAfter = count(kioskDb, "outbox");
        long nextCodeAfter = nextSequence(kioskDb);
        Path serverBackup = server.backups().runNow(dir.resolve("sb"), 7);

        assertThat(backup.code).as(backup.err).isZero();
        assertThat(backup.out).contains("由运行中的程序执行");
        assertThat(filedDuring).as("residents kept filing while the kiosk backed up").isGreaterThan(filedBefore);
        Path kioskBackup = BackupRotation.complete(dir.resolve("kb")).get(0);
        assertThat(kioskBackup.resolve("files/keys/outbox-aes256.key")).exists();
        assertThat(kioskBackup.resolve("files/search-index")).doesNotExist();

        Path kioskRestored = dir.resolve("kiosk-restored");
        Run restoreKiosk = run(new KioskMain(), "restore", "--from", kioskBackup.toString(), "--data",
                kioskRestored.toString());
        assertThat(restoreKiosk.code).as(restoreKiosk.err).isZero();
        Path serverRestored = dir.resolve("server-restored");
        Run restoreServer = run(new ServerMain(), "restore", "--from", serverBackup.toString(), "--data",
                serverRestored.toString());
        assertThat(restoreServer.code).as(restoreServer.err).isZero();
        kioskBackups.close();
        kioskBackups = null;
        kioskDb.close();
        kioskDb = null;
        server.close();
        server = null;

        // the restored server takes the old one's place (same address: the kiosk keeps the server it enrolled with)
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", serverPort, serverRestored), Clock.systemUTC());
        server.start();
        kioskDb = KioskDatabase.open(kioskRestored.resolve("db"));
        SortedMap<String, String> restored = kioskDb.inTransaction(TableCensus::rowDigests);
        assertThat(restored.keySet()).isEqualTo(after.keySet());
        for (String table : restored.keySet()) {
            if (before.get(table).equals(after.get(table))) {
                assertThat(restored.get(table)).as(table + " (not written during the backup)").isEqualTo(after.get(table));
            }
        }
        long outboxRestored = count(kioskDb, "outbox WHERE record_type = 'INFO_REQUEST'");
        assertThat(outboxRestored).isBetween(3L, outboxAfter);
        assertThat(nextSequence(kioskDb)).as("codes issued after the backup are on receipts: never issued again")
                .isGreaterThanOrEqualTo(nextCodeAfter + 1)
                .isGreaterThanOrEqualTo(RequestCounter.RESTORE_SKIP);

        KioskServices back = KioskApp.services(kioskDb, config(kioskRestored, serverPort), Clock.systemUTC());
        var sync = back.sync().syncNow();
        assertThat(sync.ok()).as("the restored kiosk verifies the restored server's pages: " + sync.error()).isTrue();
        assertThat(back.sync().heldUploads()).as("every sealed request opens with the restored outbox key").isEmpty();
        assertThat(back.sync().pendingUploads()).isZero();
        assertThat(count(server.database(), "info_request")).isEqualTo(outboxRestored);
    }

    @Test
    void kiosksBackUpAfterTheirNightlySyncWindowAtAnOffsetOfTheirOwn() {
        LocalTime a = KioskBackup.defaultTime("hall-kiosk-1");
        LocalTime b = KioskBackup.defaultTime("hall-kiosk-2");
        assertThat(a).isNotEqualTo(b);
        for (LocalTime t : new LocalTime[] {a, b}) {
            assertThat(t).isBetween(LocalTime.of(5, 30), LocalTime.of(6, 29, 59));
        }
        assertThat(KioskBackup.defaultTime("hall-kiosk-1")).as("stable across restarts").isEqualTo(a);
    }

    static KioskConfig config(Path data, int serverPort) {
        return new KioskConfig("127.0.0.1", 0, data, URI.create("http://127.0.0.1:" + serverPort), "hall-kiosk-1", SITE,
                Duration.ofMinutes(5), ZONE);
    }

    record Run(int code, String out, String err) {
    }

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static long nextSequence(Database database) {
        return database.inTransaction(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT next_seq FROM request_counter")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static long count(Database database, String table) {
        return database.inTransaction(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
