package cn.zwgk.core.backup;

import cn.zwgk.core.sync.SyncJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SortedMap;

/**
 * {@code manifest.json} of one backup folder: what it holds and how to check it.
 *
 * @param app           which application wrote it ({@code sync-server}, {@code kiosk-app})
 * @param version       the application's version
 * @param schemaVersion the highest applied Flyway migration; empty when the database is not in the backup
 * @param createdAt     when the backup was taken
 * @param database      {@code derby} (the Derby online backup is in {@code database/}) or {@code none}
 *                      (PostgreSQL: back the database up with pg_dump)
 * @param tables        row count per table ({@code SCHEMA.TABLE}) in the backed-up database
 * @param files         SHA-256 of every other file in the folder, by path relative to it ({@code /} separated)
 */
public record BackupManifest(String app, String version, String schemaVersion, Instant createdAt, String database,
        SortedMap<String, Long> tables, SortedMap<String, String> files) {

    public static final String FILE = "manifest.json";
    public static final String DERBY = "derby";
    public static final String NONE = "none";

    public boolean hasDatabase() {
        return DERBY.equals(database);
    }

    public void write(Path folder) {
        try {
            Files.write(folder.resolve(FILE), SyncJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest in " + folder, e);
        }
    }

    /** Reads the manifest of {@code folder}; a missing or unreadable one is refused with a clear message. */
    public static BackupManifest read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new BackupException("备份不完整：" + folder + " 中没有 " + FILE + "\n"
                    + "Not a complete backup: no " + FILE + " in " + folder);
        }
        try {
            BackupManifest manifest = SyncJson.mapper().readValue(Files.readAllBytes(file), BackupManifest.class);
            if (manifest.files() == null || manifest.tables() == null || manifest.app() == null) {
                throw new BackupException("备份清单不完整：" + file + "\nIncomplete manifest: " + file);
            }
            return manifest;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BackupException b) {
                throw b;
            }
            throw new BackupException("备份清单已损坏：" + file + "\nDamaged manifest: " + file, e);
        }
    }
}
