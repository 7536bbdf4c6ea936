package cn.zwgk.server.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.dataset.Dataset;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.staff.PasswordHasher;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.store.SchemaVersionException;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.Enrolment;
import cn.zwgk.core.sync.KioskVersions;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.server.TestDatabases;
import cn.zwgk.server.TestDatabases.Engine;
import cn.zwgk.server.catalogue.CatalogueStore;
import cn.zwgk.server.notice.NoticeStore;
import cn.zwgk.server.site.SiteStore;
import cn.zwgk.server.staff.LoginResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A central store of schema V5 (before V6 made change-log seqs gap-free through {@code change_log_head} and
 * changed the seq column), filled with rows of that version — records, change log by identity, an enrolled
 * kiosk, a staff account, audit lines — is opened by the current server: every row is still there with the
 * same values, the enrolled kiosk still syncs, new changes continue after the old seqs, the staff login works.
 * On embedded Derby and on PostgreSQL. And a store of a newer version stops the server with a clear message.
 */
class SchemaUpgradeTest {
    static final String OLD_VERSION = "5";
    static final String SITE = "110199001001";
    static final Dataset DATA = new DemoDataGenerator(5).generate(150);

    @TempDir
    Path dir;
    ServerConfig config;
    SyncServer server;

    @AfterEach
    void cleanUp() {
        if (server != null) {
            server.close();
        }
        if (config != null) {
            TestDatabases.dropSchema(config);
        }
    }

    static Database connect(ServerConfig config) {
        return config.jdbcUrl() == null ? Database.derby(config.derbyDirectory())
                : new Database(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aVersion5StoreIsMigratedWithEveryRowKeptAndTheServerWorksOnIt(Engine engine) throws Exception {
        config = TestDatabases.config(engine, dir);
        Enrolment kiosk;
        Map<String, List<String>> columns;
        Map<String, List<String>> before;
        try (Database old = connect(config)) {
            CentralDatabase.migrations(old).configure(old).target(OLD_VERSION).load().migrate();
            kiosk = fillAsVersion5(old);
            columns = TableRows.columns(old);
            before = TableRows.rows(old, columns);
        }
        assertThat(before.get("CHANGE_LOG")).hasSize(DATA.size());

        server = SyncServer.create(config, Clock.systemUTC());
        server.start();

        Map<String, List<String>> after = TableRows.rows(server.database(), columns);
        assertThat(after).isEqualTo(before);
        assertThat(TableRows.schemaVersion(server.database())).isNotEqualTo(OLD_VERSION);
        assertThat(CentralDatabase.migrations(server.database()).configure(server.database()).load().info().pending())
                .as("every migration applied").isEmpty();

        // the kiosk enrolled before the upgrade keeps its credential and gets the whole log, in seq order
        ChangePage page = SyncJson.read(get("/sync/v1/changes?since=0&limit=2000", kiosk.token()), ChangePage.class);
        assertThat(page.until()).isEqualTo(DATA.size());
        assertThat(page.changes()).extracting(c -> c.seq()).isSorted();
        // new changes continue after the old seqs (change_log_head was initialised from them)
        server.importer().importDataset(new Dataset(List.of(), List.of(), List.of(DATA.items().getFirst()), List.of()));
        ChangePage next = SyncJson.read(get("/sync/v1/changes?since=" + DATA.size(), kiosk.token()), ChangePage.class);
        assertThat(next.changes()).singleElement().satisfies(c -> {
            assertThat(c.seq()).isEqualTo(DATA.size() + 1L);
            assertThat(c.type()).isEqualTo(RecordType.CATALOGUE_ITEM);
        });
        // staff log in with the password set before the upgrade; the status page answers
        assertThat(SyncServer.staffFor(server.database(), Clock.systemUTC()).login("admin", "upgrade-pass-1"))
                .isInstanceOf(LoginResult.Success.class);
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(server.uri()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).contains(kiosk.kioskId());
        }
    }

    @Test
    void aStoreWrittenByANewerServerStopsTheStartWithAClearMessageAndIsLeftAsItWas() throws Exception {
        config = ServerConfig.embedded("127.0.0.1", 0, dir);
        try (Database db = connect(config)) {
            CentralDatabase.migrate(db);
            db.useTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    // what a newer server would leave: its migration V999 applied, a table this one does not know
                    s.execute("CREATE TABLE future_feature (id INTEGER NOT NULL PRIMARY KEY)");
                    s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                            + " \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\","
                            + " \"success\") VALUES (100, '999', 'future feature', 'SQL', 'V999__future_feature.sql', 1,"
                            + " 'zwgk', CURRENT_TIMESTAMP, 1, TRUE)");
                }
            });
        }

        assertThatThrownBy(() -> SyncServer.create(config, Clock.systemUTC()))
                .isInstanceOf(SchemaVersionException.class)
                .hasMessageContaining("数据库由更新版本的软件写入（结构版本 999，本软件只认识到 ")
                .hasMessageContaining("schema version 999, newer than this software knows");

        // nothing was changed, and Derby was shut down (the files can be opened again at once)
        try (Database db = connect(config)) {
            assertThat(TableRows.schemaVersion(db)).isEqualTo("999");
            assertThat(TestDatabases.count(db, "future_feature")).isZero();
        }
    }

    /** Rows as a V5 server wrote them: record tables, the change log by its identity column, kiosk, staff, audit. */
    private Enrolment fillAsVersion5(Database old) {
        Instant at = Instant.parse("2026-01-15T02:00:00Z");
        old.useTransaction(c -> {
            new SiteStore().write(c, DATA.sites());
            new CatalogueStore().writeDomains(c, DATA.domains());
            new CatalogueStore().writeItems(c, DATA.items());
            new NoticeStore().write(c, DATA.notices());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO change_log (record_type, record_id, op,"
                    + " scope_site, payload, created_at, urgent) VALUES (?, ?, 'UPSERT', ?, ?, ?, ?)")) {
                for (LogEntry e : logOf(DATA)) {
                    ps.setString(1, e.type().name());
                    ps.setString(2, e.id());
                    ps.setString(3, e.scopeSite());
                    ps.setString(4, SyncJson.write(e.record()));
                    ps.setTimestamp(5, Timestamp.from(at));
                    ps.setBoolean(6, false);
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_account (username, display_name,"
                    + " password_hash, roles, site_code, active, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, "admin");
                ps.setString(2, "管理员");
                ps.setString(3, PasswordHasher.hash("upgrade-pass-1"));
                ps.setString(4, "CENTRAL_ADMIN");
                ps.setString(5, null);
                ps.setBoolean(6, true);
                ps.setLong(7, 1);
                ps.setTimestamp(8, Timestamp.from(at));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (occurred_at, actor, action_code,"
                    + " target, detail) VALUES (?, 'admin', 'STAFF_LOGIN', 'staff:admin', '升级前的记录')")) {
                ps.setTimestamp(1, Timestamp.from(at));
                ps.executeUpdate();
            }
            // enrolment of that time, as the V2 tables hold it (today's EnrolmentService writes columns V5 lacks)
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO enrolment_code (code_hash, site_code,"
                    + " created_at, expires_at, used_at, used_by) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, sha256("123456789012"));
                ps.setString(2, SITE);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setTimestamp(4, Timestamp.from(at.plus(Duration.ofDays(1))));
                ps.setTimestamp(5, Timestamp.from(at));
                ps.setString(6, KIOSK_BEFORE);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO kiosk (id, site_code, first_seen, last_seen,"
                    + " last_checkpoint, credential_hash, status, enrolled_at) VALUES (?, ?, ?, ?, 0, ?, 'ACTIVE', ?)")) {
                ps.setString(1, KIOSK_BEFORE);
                ps.setString(2, SITE);
                ps.setTimestamp(3, Timestamp.from(at));
                ps.setTimestamp(4, Timestamp.from(at));
                ps.setString(5, sha256(SECRET_BEFORE));
                ps.setTimestamp(6, Timestamp.from(at));
                ps.executeUpdate();
            }
        });
        return new Enrolment(KIOSK_BEFORE, KIOSK_BEFORE + "." + SECRET_BEFORE, SITE, null, null);
    }

    static final String KIOSK_BEFORE = "kiosk-before-upgrade";
    static final String SECRET_BEFORE = "secret-from-before-the-upgrade";

    /** As the server stores credentials and codes: SHA-256 of the UTF-8 bytes, in hex. */
    static String sha256(String s) {
        return cn.zwgk.core.sync.Sha256.of(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    record LogEntry(RecordType type, String id, String scopeSite, Record record) {
    }

    /** The change-log entries an import of {@code d} writes, in the importer's order. */
    static List<LogEntry> logOf(Dataset d) {
        List<LogEntry> log = new java.util.ArrayList<>();
        d.sites().forEach(s -> log.add(new LogEntry(RecordType.SITE, s.code(), null, s)));
        d.domains().forEach(x -> log.add(new LogEntry(RecordType.DOMAIN, x.code(), null, x)));
        d.items().forEach(i -> log.add(new LogEntry(RecordType.CATALOGUE_ITEM, i.id(), null, i)));
        d.notices().forEach(n -> log.add(new LogEntry(RecordType.NOTICE, n.id(), n.siteCode(), n)));
        return log;
    }

    private String get(String pathAndQuery, String token) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + pathAndQuery)).header(SyncPaths.HEADER_AUTHORIZATION, "Bearer " + token)
                    .header(SyncPaths.HEADER_APP_VERSION, KioskVersions.MINIMUM).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            return r.body();
        }
    }
}
