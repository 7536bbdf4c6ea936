package cn.zwgk.core.store;

import java.util.Arrays;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.pattern.ValidatePattern;

/**
 * Schema migrations of an app's store with Flyway, one rule for both apps: a database written by a newer
 * version (an applied migration this software does not have) stops the start with
 * {@link SchemaVersionException} — Flyway's default ({@code ignoreMigrationPatterns = *:future}) would run on
 * a schema this code does not know — and so does a failed migration. Migration file names are validated.
 */
public final class Migrations {
    private final String store;
    private final String location;
    private final Map<String, String> placeholders;

    /**
     * @param store        the store's name in messages ({@code kiosk}, {@code central})
     * @param location     e.g. {@code classpath:db/kiosk}
     * @param placeholders Flyway placeholders ({@code ${text}} …)
     */
    public Migrations(String store, String location, Map<String, String> placeholders) {
        this.store = store;
        this.location = location;
        this.placeholders = Map.copyOf(placeholders);
    }

    /** The configuration (tests add a {@code target} to build a database of an older version). */
    public FluentConfiguration configure(Database database) {
        return Flyway.configure()
                .dataSource(database.url(), database.user(), database.password())
                .locations(location)
                .placeholders(placeholders)
                .validateMigrationNaming(true)
                .ignoreMigrationPatterns(new ValidatePattern[0]); // nothing ignored: an unknown applied one fails validation
    }

    /** Migrates to the newest schema this software has, or throws {@link SchemaVersionException}. */
    public void migrate(Database database) {
        Flyway flyway = configure(database).load();
        MigrationInfo[] all = flyway.info().all();
        Arrays.stream(all).filter(m -> isFuture(m)).reduce((a, b) -> b).ifPresent(future -> {
            throw SchemaVersionException.newerThanKnown(store, future.getVersion().getVersion(), knownLatest(all));
        });
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw SchemaVersionException.migrationFailed(store, e);
        }
    }

    private static boolean isFuture(MigrationInfo m) {
        return m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED;
    }

    private static String knownLatest(MigrationInfo[] all) {
        return Arrays.stream(all).filter(m -> !isFuture(m) && m.getVersion() != null)
                .map(m -> m.getVersion().getVersion()).reduce((a, b) -> b).orElse("0");
    }
}
