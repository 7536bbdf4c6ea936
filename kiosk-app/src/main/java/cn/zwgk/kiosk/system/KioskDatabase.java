package cn.zwgk.kiosk.system;

import cn.zwgk.core.store.Database;
import cn.zwgk.core.store.Migrations;
import java.nio.file.Path;
import java.util.Map;

/**
 * Opens the kiosk's embedded Derby database and migrates its schema ({@code db/kiosk}); a database of a newer
 * kiosk version or a failed migration stops the start (see {@link Migrations}) and leaves Derby shut down.
 */
public final class KioskDatabase {
    public static final Migrations MIGRATIONS = new Migrations("kiosk", "classpath:db/kiosk", Map.of());

    private KioskDatabase() {
    }

    public static Database open(Path directory) {
        Database database = Database.derby(directory);
        try {
            MIGRATIONS.migrate(database);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }
}
