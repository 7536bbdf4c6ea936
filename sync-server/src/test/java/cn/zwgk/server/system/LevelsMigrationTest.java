package cn.zwgk.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.TestDatabases;
import cn.zwgk.server.TestDatabases.Engine;
import cn.zwgk.server.catalogue.CatalogueStore;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V13 (公开层级 became a set): a store of V12 whose items and item history were written with the single
 * {@code level} keeps every row, and every payload gains {@code levels} with the same one level; every other
 * field reads as before. On embedded Derby and on PostgreSQL.
 */
class LevelsMigrationTest {
    static final List<CatalogueItem> ITEMS = new DemoDataGenerator(7).generate(150).items();

    @TempDir
    Path dir;
    ServerConfig config;

    @AfterEach
    void dropSchema() {
        if (config != null) {
            TestDatabases.dropSchema(config);
        }
    }

    /** The payload as a server before V13 wrote it: only the single level. */
    static String oldPayload(CatalogueItem item) {
        String json = SyncJson.write(item).replaceAll(",?\"levels\":\\[[^\\]]*\\]", "");
        assertThat(json).doesNotContain("levels").contains("\"level\":\"" + item.levels().iterator().next() + "\"");
        return json;
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void everyItemAndEveryHistoryRowIsKeptWithItsLevelAsASet(Engine engine) {
        config = TestDatabases.config(engine, dir);
        try (Database db = SchemaUpgradeTest.connect(config)) {
            CentralDatabase.migrations(db).configure(db).target("12").load().migrate();
            db.useTransaction(c -> {
                try (PreparedStatement item = c.prepareStatement("INSERT INTO catalogue_item (id, kind, domain_code,"
                        + " name, version, payload) VALUES (?, ?, ?, ?, ?, ?)");
                        PreparedStatement history = c.prepareStatement("INSERT INTO catalogue_item_history (item_id,"
                                + " version, change_kind, author, changed_at, source, payload) VALUES (?, ?, 'CREATED',"
                                + " 'admin', ?, '导入：旧目录.xlsx', ?)")) {
                    for (CatalogueItem i : ITEMS) {
                        item.setString(1, i.id());
                        item.setString(2, i.kind().name());
                        item.setString(3, i.domainCode());
                        item.setString(4, i.name());
                        item.setLong(5, i.version());
                        item.setString(6, oldPayload(i));
                        item.addBatch();
                        history.setString(1, i.id());
                        history.setLong(2, i.version());
                        history.setTimestamp(3, Timestamp.from(Instant.parse("2026-06-01T02:00:00Z")));
                        history.setString(4, oldPayload(i));
                        history.addBatch();
                    }
                    item.executeBatch();
                    history.executeBatch();
                }
            });

            CentralDatabase.migrate(db);

            assertThat(TestDatabases.count(db, "catalogue_item")).isEqualTo(ITEMS.size());
            assertThat(TestDatabases.count(db, "catalogue_item_history")).isEqualTo(ITEMS.size());
            assertThat(payloads(db, "catalogue_item")).allSatisfy(p -> assertThat(p).contains("\"levels\":[\""));
            assertThat(payloads(db, "catalogue_item_history")).allSatisfy(p -> assertThat(p).contains("\"levels\":[\""));
            assertThat(db.inTransaction(new CatalogueStore()::allItems))
                    .containsExactlyInAnyOrderElementsOf(ITEMS);
            assertThat(payloads(db, "catalogue_item_history").stream().map(p -> SyncJson.read(p, CatalogueItem.class))
                    .toList()).containsExactlyInAnyOrderElementsOf(ITEMS);
        }
    }

    private static List<String> payloads(Database db, String table) {
        return db.inTransaction(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT payload FROM " + table)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }
}
