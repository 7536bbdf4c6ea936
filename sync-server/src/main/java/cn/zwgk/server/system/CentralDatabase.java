package cn.zwgk.server.system;

import cn.zwgk.core.store.Database;
import cn.zwgk.core.store.Migrations;
import java.util.Map;

/**
 * Opens the central store (embedded Derby by default, PostgreSQL by JDBC URL) and migrates its schema; a
 * database of a newer server version or a failed migration stops the start (see {@link Migrations}).
 */
public final class CentralDatabase {

    private CentralDatabase() {
    }

    public static Database open(ServerConfig config) {
        Database database = config.jdbcUrl() == null
                ? Database.derby(config.derbyDirectory())
                : new Database(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
        try {
            migrate(database);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public static void migrate(Database database) {
        migrations(database).migrate(database);
    }

    /** The central migrations for this database's engine ({@code ${text}}: CLOB on Derby, TEXT on PostgreSQL). */
    public static Migrations migrations(Database database) {
        return new Migrations("central", "classpath:db/central", Map.of("text", database.isDerby() ? "CLOB" : "TEXT"));
    }
}
