package cn.zwgk.kiosk.system;

import cn.zwgk.core.store.Database;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;

/** Opens the kiosk's embedded Derby database and migrates its schema. */
public final class KioskDatabase {

    private KioskDatabase() {
    }

    public static Database open(Path directory) {
        Database database = Database.derby(directory);
        Flyway.configure()
                .dataSource(database.url(), null, null)
                .locations("classpath:db/kiosk")
                .load()
                .migrate();
        return database;
    }
}
