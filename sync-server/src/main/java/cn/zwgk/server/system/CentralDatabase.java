package cn.zwgk.server.system;

import cn.zwgk.core.store.Database;
import java.util.Map;
import org.flywaydb.core.Flyway;

/** Opens the central store (embedded Derby by default, PostgreSQL by JDBC URL) and migrates its schema. */
public final class CentralDatabase {

    private CentralDatabase() {
    }

    public static Database open(ServerConfig config) {
        Database database = config.jdbcUrl() == null
                ? Database.derby(config.derbyDirectory())
                : new Database(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
        migrate(database);
        return database;
    }

    public static void migrate(Database database) {
        String text = database.isDerby() ? "CLOB" : "TEXT";
        Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/central")
                .placeholders(Map.of("text", text))
                .load()
                .migrate();
    }
}
