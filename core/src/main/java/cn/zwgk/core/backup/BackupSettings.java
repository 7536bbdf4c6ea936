package cn.zwgk.core.backup;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * Where, how many and when, resolved once: system property, then environment, then the default.
 *
 * @param dir  backup root ({@code zwgk.backup.dir} / {@code ZWGK_BACKUP_DIR}; default {@code <data>-backups},
 *             a sibling of the data directory; the packages set {@code /var/backups/<package>})
 * @param keep complete backups kept ({@code zwgk.backup.keep} / {@code ZWGK_BACKUP_KEEP}, default 7)
 * @param at   local time of the nightly backup ({@code zwgk.backup.at} / {@code ZWGK_BACKUP_AT}, HH:mm);
 *             null when not configured, so that the application picks its own default
 */
public record BackupSettings(Path dir, int keep, LocalTime at) {
    public static final int DEFAULT_KEEP = 7;

    public BackupSettings {
        if (keep < 1) {
            throw new IllegalArgumentException("ZWGK_BACKUP_KEEP must be at least 1, was " + keep);
        }
    }

    public static BackupSettings resolve(Path dataDir) {
        String dir = value("zwgk.backup.dir", "ZWGK_BACKUP_DIR");
        String keep = value("zwgk.backup.keep", "ZWGK_BACKUP_KEEP");
        String at = value("zwgk.backup.at", "ZWGK_BACKUP_AT");
        try {
            return new BackupSettings(dir == null ? defaultDir(dataDir) : Path.of(dir),
                    keep == null ? DEFAULT_KEEP : Integer.parseInt(keep.strip()),
                    at == null ? null : LocalTime.parse(at.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ZWGK_BACKUP_KEEP must be a whole number, was \"" + keep + "\"", e);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("ZWGK_BACKUP_AT must be a time like 03:30, was \"" + at + "\"", e);
        }
    }

    /** {@code <data>-backups} beside the data directory (never inside it: a backup must survive losing it). */
    public static Path defaultDir(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + "-backups");
    }

    public BackupSettings withDefaultTime(LocalTime time) {
        return at != null ? this : new BackupSettings(dir, keep, time);
    }

    private static String value(String property, String env) {
        String v = System.getProperty(property, System.getenv(env));
        return v == null || v.isBlank() ? null : v;
    }
}
