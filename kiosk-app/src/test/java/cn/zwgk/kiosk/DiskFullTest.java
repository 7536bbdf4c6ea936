package cn.zwgk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.sync.SyncResult;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's data volume fills up in the middle of a sync (a small tmpfs; needs root to mount, skipped
 * with a printed reason otherwise): the sync fails cleanly, the database still opens with a whole-page
 * prefix, and once space is back the next sync completes.
 */
class DiskFullTest {
    static final String SITE = "110199001001";

    @TempDir
    Path dir;
    Path volume;
    SyncServer server;

    @BeforeEach
    void smallVolume() throws Exception {
        volume = Files.createDirectories(dir.resolve("volume"));
        if (!run("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", volume.toString())) {
            cn.zwgk.kiosk.testing.Prerequisites.skipOrFail("cannot mount a small tmpfs here (needs root) for the disk-full test");
        }
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), Clock.systemUTC());
        server.importer().importDataset(new DemoDataGenerator(21).generate(4000));
        server.start();
    }

    @AfterEach
    void unmount() throws Exception {
        if (server != null) {
            server.close();
        }
        run("umount", "-l", volume.toString());
    }

    @Test
    void aFullDiskStopsTheSyncCleanlyAndItResumesWhenSpaceIsBack() throws Exception {
        KioskConfig config = new KioskConfig("127.0.0.1", 0, volume.resolve("kiosk"),
                URI.create("http://127.0.0.1:" + server.port()), "disk-kiosk", SITE, Duration.ofMinutes(5),
                ZoneId.of("Asia/Shanghai"));
        Database full = KioskDatabase.open(config.derbyDirectory());
        try {
            SyncService sync = KioskApp.syncService(full, config, Clock.systemUTC());
            sync.useEnrolmentCode(server.enrolment().issueCode(SITE, Duration.ofHours(1)));
            SyncResult result = sync.syncNow();

            assertThat(result.ok()).as("the sync cannot fit in 6 MB").isFalse();
            assertThat(result.error()).containsIgnoringCase("database");
        } finally {
            // Where the disk fills decides whether Derby can still even read or shut down (a full log file
            // stops it); what matters is what the database holds once space is back.
            try {
                full.close();
            } catch (RuntimeException shutdownOnFullDisk) {
                System.out.println("closing on a full disk: " + shutdownOnFullDisk.getMessage());
            }
        }

        // space is back: the same database opens, holds whole pages only, and the sync completes
        run("mount", "-o", "remount,size=200m", volume.toString());
        try (Database db = KioskDatabase.open(config.derbyDirectory())) {
            SyncService sync = KioskApp.syncService(db, config, Clock.systemUTC());
            long checkpoint = sync.currentState().checkpoint();
            assertThat(count(db)).as("whole pages only").isEqualTo(itemsUpTo(checkpoint)).isLessThan(4000);
            SyncResult result = sync.syncNow();
            assertThat(result.ok()).as(result.error()).isTrue();
            assertThat(count(db)).isEqualTo(4000);
        }
    }

    private long itemsUpTo(long checkpoint) {
        return server.database().inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM change_log WHERE record_type = 'CATALOGUE_ITEM' AND seq <= ?")) {
                ps.setLong(1, checkpoint);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static long count(Database db) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM catalogue_item");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
