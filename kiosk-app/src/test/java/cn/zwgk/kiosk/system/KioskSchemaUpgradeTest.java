package cn.zwgk.kiosk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.store.SchemaVersionException;
import cn.zwgk.kiosk.sync.SyncResult;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.net.URI;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk store of schema V4 (before V5 added the NTP columns to {@code sync_state} and the offline tables),
 * filled by a real enrolment and sync from a real server over loopback, is opened by the current kiosk through
 * {@link KioskDatabase#open}: every row is still there with the same values, and the kiosk goes on syncing with
 * the credential and checkpoint it had. A store written by a newer kiosk stops the start with a clear message.
 */
class KioskSchemaUpgradeTest {
    static final String OLD_VERSION = "4";
    static final String SITE = "110199001001";
    static final Dataset DATA = new DemoDataGenerator(13).generate(150);
    /** The tables of V4 with the columns they had then. */
    static final Map<String, String> V4_TABLES = new LinkedHashMap<>();

    static {
        V4_TABLES.put("domain", "code, name, sort_order");
        V4_TABLES.put("site", "code, name, site_level, parent_code");
        V4_TABLES.put("catalogue_item", "id, kind, domain_code, serial_no, level1, name, payload");
        V4_TABLES.put("notice", "id, site_code, category, title, status, start_date, end_date, payload");
        V4_TABLES.put("sync_state", "id, checkpoint, server_latest, last_success_at, last_attempt_at, last_error,"
                + " clock_drift_ms");
        V4_TABLES.put("kiosk_identity", "id, kiosk_id, site_code, token, server_url, public_key, key_id, enrolled_at");
        V4_TABLES.put("outbox", "id, record_type, payload, created_at, sent_at, attempts, last_error");
        V4_TABLES.put("item_view", "item_id, views");
        V4_TABLES.put("reference_record", "record_type, id, payload");
    }

    @TempDir
    Path dir;
    SyncServer server;
    KioskConfig config;

    @BeforeEach
    void startServer() throws Exception {
        server = SyncServer.create(ServerConfig.embedded("127.0.0.1", 0, dir.resolve("server")), Clock.systemUTC());
        server.importer().importDataset(DATA);
        server.start();
        config = new KioskConfig("127.0.0.1", 0, dir.resolve("kiosk"), URI.create("http://127.0.0.1:" + server.port()),
                "upgrade-kiosk", SITE, Duration.ofMinutes(5), ZoneId.of("Asia/Shanghai"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aVersion4StoreIsMigratedWithEveryRowKeptAndTheKioskSyncsOn() {
        Map<String, List<String>> before;
        try (Database old = Database.derby(config.derbyDirectory())) {
            KioskDatabase.MIGRATIONS.configure(old).target(OLD_VERSION).load().migrate();
            // filled by the sync of that time: enrolment, signed pages, checkpoint, drift (V1–V4 tables only)
            SyncService sync = KioskApp.syncService(old, config, Clock.systemUTC());
            sync.useEnrolmentCode(server.enrolment().issueCode(SITE, Duration.ofHours(1)));
            SyncResult first = sync.syncNow();
            assertThat(first.ok()).as(first.error()).isTrue();
            old.useTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO item_view (item_id, views) VALUES ('" + DATA.items().get(3).id()
                            + "', 7)");
                }
            });
            before = rows(old);
        }
        assertThat(before.get("catalogue_item")).hasSize(DATA.items().size());
        assertThat(before.get("kiosk_identity")).hasSize(1);

        try (Database migrated = KioskDatabase.open(config.derbyDirectory())) {
            assertThat(rows(migrated)).isEqualTo(before);
            assertThat(KioskDatabase.MIGRATIONS.configure(migrated).load().info().pending()).as("all applied").isEmpty();

            KioskServices services = KioskApp.services(migrated, config, Clock.systemUTC());
            assertThat(services.sync().clockDriftMillis()).as("the drift measured before the upgrade").isNotNull();
            CatalogueItem revised = DATA.items().getFirst().nextVersion(java.time.Instant.now());
            server.importer().importDataset(new Dataset(List.of(), List.of(), List.of(revised), List.of()));

            SyncResult after = services.sync().syncNow();

            assertThat(after.ok()).as(after.error()).isTrue();
            assertThat(after.changes()).as("only what changed since the old checkpoint").isEqualTo(1);
            assertThat(after.checkpoint()).isEqualTo(DATA.size() + 1L);
            assertThat(services.catalogue().item(revised.id())).contains(revised);
            assertThat(services.catalogue().domainTiles()).isNotEmpty();
        }
    }

    @Test
    void aStoreWrittenByANewerKioskStopsTheStartWithAClearMessageAndIsLeftAsItWas() {
        try (Database db = KioskDatabase.open(config.derbyDirectory())) {
            db.useTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                            + " \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\","
                            + " \"success\") VALUES (100, '999', 'future feature', 'SQL', 'V999__future_feature.sql', 1,"
                            + " 'zwgk', CURRENT_TIMESTAMP, 1, TRUE)");
                }
            });
        }

        assertThatThrownBy(() -> KioskDatabase.open(config.derbyDirectory()))
                .isInstanceOf(SchemaVersionException.class)
                .hasMessageContaining("数据库由更新版本的软件写入（结构版本 999，本软件只认识到 ")
                .hasMessageContaining("The kiosk database has schema version 999, newer than this software knows");

        try (Database db = Database.derby(config.derbyDirectory())) { // Derby was shut down: it opens again
            assertThat(schemaVersion(db)).isEqualTo("999");
        }
    }

    /** Every V4 table's rows over its V4 columns, sorted. */
    static Map<String, List<String>> rows(Database db) {
        return db.inTransaction(c -> {
            Map<String, List<String>> all = new LinkedHashMap<>();
            for (var table : V4_TABLES.entrySet()) {
                List<String> rows = new ArrayList<>();
                int columns = table.getValue().split(",").length;
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT " + table.getValue() + " FROM " + table.getKey())) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(i == 1 ? "" : " | ").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                all.put(table.getKey(), rows);
            }
            return all;
        });
    }

    static String schemaVersion(Database db) {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT \"version\" FROM"
                    + " \"flyway_schema_history\" WHERE \"success\" = TRUE ORDER BY \"installed_rank\" DESC")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }
}
