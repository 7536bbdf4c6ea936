package cn.zwgk.core.backup;

import cn.zwgk.core.health.HealthCheck;
import cn.zwgk.core.health.HealthProbe;
import cn.zwgk.core.health.HealthStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code backup} check of {@code /health}: {@code lastBackup} (the newest complete backup on disk: when and
 * where) and {@code lastBackupError} (the latest attempt's error, if it failed). {@code warn} when the latest
 * attempt failed or the newest backup is older than two days — somebody should look; restarting does not help.
 * A new installation without any backup yet is {@code ok}.
 */
public final class BackupProbe implements HealthProbe {
    static final Duration MAX_AGE = Duration.ofDays(2);

    private final BackupService backups;
    private final Clock clock;

    public BackupProbe(BackupService backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @Override
    public HealthCheck check() {
        BackupStatus status = backups.status();
        Map<String, Object> details = new LinkedHashMap<>();
        Instant newest = null;
        try {
            List<Path> complete = BackupRotation.complete(backups.settings().dir());
            if (!complete.isEmpty()) {
                Path folder = complete.get(0);
                newest = Files.getLastModifiedTime(folder.resolve(BackupManifest.FILE)).toInstant();
                details.put("lastBackup", Map.of("at", newest.toString(), "folder", folder.toString()));
            }
        } catch (IOException | RuntimeException unreadable) {
            details.put("lastBackupError", "cannot read " + backups.settings().dir());
            return new HealthCheck("backup", HealthStatus.WARN, details);
        }
        details.putIfAbsent("lastBackup", null);
        Object error = status.toHealth().get("lastBackupError");
        details.put("lastBackupError", error);
        boolean stale = newest != null && Duration.between(newest, clock.instant()).compareTo(MAX_AGE) > 0;
        return new HealthCheck("backup", error != null || stale ? HealthStatus.WARN : HealthStatus.OK, details);
    }
}
