package cn.zwgk.kiosk.backup;

import cn.zwgk.core.backup.BackupService;
import cn.zwgk.core.backup.BackupSettings;
import cn.zwgk.core.backup.BackupSource;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.system.KioskConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * What a kiosk backs up besides its Derby database: {@code keys/} (the outbox key: requests filed but not
 * yet uploaded cannot be read without it) and {@code attachments/}. Not the search index (rebuilt from the
 * database at start) and not {@code bundles/} (offline bundles can be delivered again).
 */
public final class KioskBackup {
    /** Kiosks back up after their nightly sync window (01:00–05:00) and before the hall opens. */
    static final LocalTime WINDOW_START = LocalTime.of(5, 30);
    static final Duration WINDOW = Duration.ofHours(1);
    public static final String KEYS = "keys";
    public static final String ATTACHMENTS = "attachments";

    private KioskBackup() {
    }

    public static BackupSource source(Database database, Path dataDir) {
        return new BackupSource("kiosk-app", KioskConfig.APP_VERSION, database, directories(dataDir));
    }

    /** Where each backed-up directory lives under {@code dataDir} (also where a restore puts it back). */
    public static Map<String, Path> directories(Path dataDir) {
        return Map.of(KEYS, dataDir.resolve(KEYS), ATTACHMENTS, dataDir.resolve(ATTACHMENTS));
    }

    /** The nightly backup and on-demand trigger of a running kiosk (started with it). */
    public static BackupService service(Database database, KioskConfig config, Clock clock) {
        return service(database, config.dataDir(), config.kioskId(), clock, config.zone());
    }

    public static BackupService service(Database database, Path dataDir, String kioskId, Clock clock, ZoneId zone) {
        BackupSettings settings = BackupSettings.resolve(dataDir).withDefaultTime(defaultTime(kioskId));
        return new BackupService(source(database, dataDir), settings, dataDir.resolve("run"), clock, zone);
    }

    /** 05:30 plus this kiosk's fixed offset within an hour (from its id), so a site's kiosks do not all write at once. */
    static LocalTime defaultTime(String kioskId) {
        CRC32 crc = new CRC32();
        crc.update(kioskId.getBytes(StandardCharsets.UTF_8));
        return WINDOW_START.plusSeconds(crc.getValue() % WINDOW.toSeconds());
    }
}
