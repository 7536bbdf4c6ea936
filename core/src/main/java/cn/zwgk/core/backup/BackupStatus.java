package cn.zwgk.core.backup;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of the latest backups of a running application, for {@code /health} and staff screens:
 * the last good one (when, which folder) and the error of the latest attempt when it failed.
 */
public final class BackupStatus {
    private volatile Instant lastSuccessAt;
    private volatile String lastFolder;
    private volatile Instant lastErrorAt;
    private volatile String lastError;
    private volatile boolean databaseIncluded = true;

    void succeeded(Instant at, String folder, boolean withDatabase) {
        lastFolder = folder;
        lastSuccessAt = at;
        databaseIncluded = withDatabase;
        lastError = null;
        lastErrorAt = null;
    }

    void failed(Instant at, String message) {
        lastErrorAt = at;
        lastError = message;
    }

    /** When the last good backup was taken, or null when none was taken since the start. */
    public Instant lastSuccessAt() {
        return lastSuccessAt;
    }

    public String lastFolder() {
        return lastFolder;
    }

    /** The latest attempt's error, or null when it succeeded (or none failed yet). */
    public String lastError() {
        return lastError;
    }

    public Instant lastErrorAt() {
        return lastErrorAt;
    }

    /** {@code lastBackup} (null or {at, folder, database}) and {@code lastBackupError} (null or {at, message}). */
    public Map<String, Object> toHealth() {
        Map<String, Object> health = new LinkedHashMap<>();
        Instant at = lastSuccessAt;
        health.put("lastBackup", at == null ? null
                : Map.of("at", at.toString(), "folder", lastFolder, "database", databaseIncluded));
        Instant errorAt = lastErrorAt;
        health.put("lastBackupError", errorAt == null ? null : Map.of("at", errorAt.toString(), "message", lastError));
        return health;
    }
}
