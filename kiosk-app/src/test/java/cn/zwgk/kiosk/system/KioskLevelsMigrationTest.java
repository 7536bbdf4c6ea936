package cn.zwgk.kiosk.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.demo.DemoDataGenerator;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kiosk V8 (公开层级 became a set): every stored item is kept and its payload gains {@code levels}. */
class KioskLevelsMigrationTest {
    static final List<CatalogueItem> ITEMS = new DemoDataGenerator(11).generate(150).items();

    @TempDir
    Path dir;

    @Test
    void everyStoredItemIsKeptWithItsLevelAsASet() {
        Path store = dir.resolve("kiosk-db");
        try (Database old = Database.derby(store)) {
            KioskDatabase.MIGRATIONS.configure(old).target("7").load().migrate();
            old.useTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO catalogue_item (id, kind, domain_code,"
                        + " serial_no, level1, name, payload) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (CatalogueItem i : ITEMS) {
                        ps.setString(1, i.id());
                        ps.setString(2, i.kind().name());
                        ps.setString(3, i.domainCode());
                        ps.setInt(4, i.serialNo());
                        ps.setString(5, i.level1());
                        ps.setString(6, i.name());
                        ps.setString(7, SyncJson.write(i).replaceAll(",?\"levels\":\\[[^\\]]*\\]", ""));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            });
        }
        try (Database migrated = KioskDatabase.open(store)) {
            List<String> payloads = migrated.inTransaction(c -> {
                List<String> out = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT payload FROM catalogue_item")) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            });
            assertThat(payloads).hasSize(ITEMS.size()).allSatisfy(p -> assertThat(p).contains("\"levels\":[\""));
            assertThat(payloads.stream().map(p -> SyncJson.read(p, CatalogueItem.class)).toList())
                    .containsExactlyInAnyOrderElementsOf(ITEMS);
        }
    }
}
