package cn.zwgk.core.backup;

import cn.zwgk.core.store.Database;
import java.nio.file.Path;
import java.util.Map;

/**
 * What one application backs up: its database (the Derby online backup; a PostgreSQL database is left to
 * pg_dump) and the directories beside it that cannot be rebuilt (keys, attachments), by name.
 *
 * @param app      application name written to the manifest
 * @param version  application version written to the manifest
 * @param database the open database
 * @param files    directories to copy, by the name they get under {@code files/} in the backup
 */
public record BackupSource(String app, String version, Database database, Map<String, Path> files) {

    public BackupSource {
        files = Map.copyOf(files);
    }
}
