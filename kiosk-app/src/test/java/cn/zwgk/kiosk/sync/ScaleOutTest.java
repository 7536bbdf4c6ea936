package cn.zwgk.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskDatabase;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two sync-server nodes on one PostgreSQL (127.0.0.1:5432, database {@code test}, a fresh schema), sharing
 * the signing key: a kiosk that talks to both gets exactly what a kiosk of one node gets, also when the
 * node it is syncing from is killed between two pages (the kiosk goes on with the other node). Skipped
 * with a printed reason when PostgreSQL is not reachable.
 */
class ScaleOutTest {
    static final String PG = System.getProperty("zwgk.test.pg", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String SITE = "110199001001";

    @TempDir
    Path dir;
    String schema;
    SyncServer nodeA;
    SyncServer nodeB;
    List<Database> kiosks = new ArrayList<>();

    @BeforeEach
    void twoNodes() throws Exception {
        schema = "zwgk_scale_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(PG, "postgres", null); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            cn.zwgk.kiosk.testing.Prerequisites.skipOrFail("PostgreSQL not reachable at " + PG + " (" + e.getMessage() + ")");
        }
        Path keys = dir.resolve("shared-keys");
        nodeA = SyncServer.create(node("a", keys), Clock.systemUTC());
        nodeA.importer().importDataset(new DemoDataGenerator(9).generate(300));
        nodeA.start();
        nodeB = SyncServer.create(node("b", keys), Clock.systemUTC());
        nodeB.start();
    }

    ServerConfig node(String name, Path keys) {
        return new ServerConfig("127.0.0.1", 0, dir.resolve(name), PG + "?currentSchema=" + schema, "postgres", null,
                keys);
    }

    @AfterEach
    void stop() {
        kiosks.forEach(Database::close);
        for (SyncServer node : new SyncServer[] {nodeA, nodeB}) {
            if (node != null) {
                try {
                    node.close();
                } catch (RuntimeException alreadyClosed) {
                    // node A is killed by one test
                }
            }
        }
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(PG, "postgres", null); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            } catch (SQLException e) {
                System.out.println("could not drop " + schema + ": " + e.getMessage());
            }
        }
    }

    SyncService kiosk(String name, SyncServer enrolVia, List<URI> others, int pageSize) {
        Database db = KioskDatabase.open(dir.resolve(name + "/db"));
        kiosks.add(db);
        SyncService sync = new SyncService(db, new PageApplier(new cn.zwgk.kiosk.catalogue.CatalogueStore(),
                new cn.zwgk.kiosk.notice.NoticeStore(), new cn.zwgk.kiosk.site.SiteStore()),
                new SyncSettings(uri(enrolVia), name, KioskConfig.APP_VERSION, dir.resolve(name), pageSize, SITE,
                        OfflineSettings.DEFAULTS.withOtherServers(others)), Clock.systemUTC());
        sync.useEnrolmentCode(enrolVia.enrolment().issueCode(SITE, Duration.ofHours(1)));
        return sync;
    }

    static URI uri(SyncServer node) {
        return URI.create("http://127.0.0.1:" + node.port());
    }

    static List<String> contents(Database kiosk) {
        return kiosk.inTransaction(c -> {
            List<String> rows = new ArrayList<>();
            for (String sql : List.of("SELECT id || ':' || name FROM catalogue_item ORDER BY id",
                    "SELECT id || ':' || title FROM notice ORDER BY id", "SELECT code FROM domain ORDER BY code",
                    "SELECT code FROM site ORDER BY code", "SELECT checkpoint FROM sync_state")) {
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(rs.getString(1));
                    }
                }
            }
            return rows;
        });
    }

    @Test
    void theSecondNodeServesExactlyWhatTheFirstDoes() {
        SyncService viaA = kiosk("via-a", nodeA, List.of(), 50);
        assertThat(viaA.syncNow().ok()).isTrue();
        // enrolled through B (its own enrolment, stored in the shared database), pages from B only
        SyncService viaB = kiosk("via-b", nodeB, List.of(), 50);
        assertThat(viaB.syncNow().ok()).isTrue();

        assertThat(contents(kiosks.get(1))).isEqualTo(contents(kiosks.get(0))).hasSizeGreaterThan(300);
        // a change written through B reaches a kiosk syncing from A
        nodeB.importer().importDataset(new cn.zwgk.core.dataset.Dataset(List.of(), List.of(),
                List.of(new DemoDataGenerator(9).generate(300).items().getFirst()), List.of()));
        assertThat(viaA.syncNow().changes()).isEqualTo(1);
        assertThat(viaB.syncNow().changes()).isEqualTo(1);
        assertThat(contents(kiosks.get(1))).isEqualTo(contents(kiosks.get(0)));
    }

    @Test
    void whenTheNodeOfARunningSyncIsKilledTheKioskGoesOnWithTheOtherAndConverges() {
        SyncService reference = kiosk("reference", nodeB, List.of(), 500);
        SyncService kiosk = kiosk("failover", nodeA, List.of(uri(nodeB)), 20);
        AtomicInteger pages = new AtomicInteger();
        kiosk.addPageListener(page -> {
            if (pages.incrementAndGet() == 3) {
                nodeA.close(); // node A dies between two pages of this sync
            }
        });

        SyncResult result = kiosk.syncNow();

        assertThat(result.ok()).as(result.error()).isTrue();
        assertThat(pages.get()).isGreaterThan(3);
        assertThat(reference.syncNow().ok()).isTrue();
        assertThat(contents(kiosks.get(1))).isEqualTo(contents(kiosks.get(0)));
        // and the next sync, with node A still gone, is a normal one against B
        assertThat(kiosk.syncNow().ok()).isTrue();
    }
}
