package cn.zwgk.server.backup;

import cn.zwgk.core.backup.BackupService;
import cn.zwgk.core.backup.BackupSettings;
import cn.zwgk.core.backup.BackupSource;
import cn.zwgk.core.store.Database;
import cn.zwgk.server.ServerMain;
import cn.zwgk.server.system.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * What the sync-server backs up besides its Derby database: the key directory (the Ed25519 signing key
 * every enrolled kiosk verifies, and {@code request-aes.key}, without which stored requests' personal data
 * cannot be read) and the attachment files. In PostgreSQL mode the database is left to pg_dump.
 */
public final class ServerBackup {
    /** Nightly at 03:30 local time unless {@code ZWGK_BACKUP_AT} says otherwise (kiosks sync 01:00–05:00). */
    public static final LocalTime DEFAULT_AT = LocalTime.of(3, 30);
    public static final String KEYS = "keys";
    public static final String ATTACHMENTS = "attachments";

    private ServerBackup() {
    }

    public static BackupSource source(ServerConfig config, Database database) {
        return new BackupSource("sync-server", version(), database, directories(config));
    }

    /** Where each backed-up directory lives in this configuration (also where a restore puts it back). */
    public static Map<String, Path> directories(ServerConfig config) {
        return Map.of(KEYS, config.keyDir(), ATTACHMENTS, config.dataDir().resolve(ATTACHMENTS));
    }

    /** The nightly backup and on-demand trigger of a running server (started with it). */
    public static BackupService service(ServerConfig config, Database database, Clock clock, ZoneId zone) {
        return new BackupService(source(config, database),
                BackupSettings.resolve(config.dataDir()).withDefaultTime(DEFAULT_AT), config.dataDir().resolve("run"),
                clock, zone);
    }

    static String version() {
        return ServerMain.class.getAnnotation(Command.class).version()[0];
    }
}
