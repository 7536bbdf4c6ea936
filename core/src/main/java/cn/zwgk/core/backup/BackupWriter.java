package cn.zwgk.core.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes one backup folder {@code <root>/<yyyyMMdd-HHmmss>/}: {@code database/<db>/} (Derby's online backup,
 * taken while the application serves and writes), {@code files/<name>/…} (keys, attachments) and
 * {@code manifest.json}. Everything is written under {@code .partial-…} first and renamed when complete,
 * so a folder with a stamp name is always a whole backup. Row counts come from the backup copy itself
 * (booted on its own after the copy), so they describe exactly what a restore gets back.
 */
public final class BackupWriter {
    public static final String DATABASE = "database";
    public static final String FILES = "files";
    static final String PARTIAL = ".partial-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;
    private final ZoneId zone;

    public BackupWriter(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    /** Backs {@code source} up into a new folder under {@code root} and returns that folder. */
    public Path write(BackupSource source, Path root) {
        OwnerOnly.directory(root);
        String stamp = STAMP.format(clock.instant().atZone(zone));
        Path partial = root.resolve(PARTIAL + stamp + "-" + ProcessHandle.current().pid());
        FolderFiles.delete(partial);
        OwnerOnly.directory(partial);
        try {
            DerbyCopy.Census census = source.database().isDerby() ? derbyBackup(source, partial)
                    : new DerbyCopy.Census(liveSchemaVersion(source), new TreeMap<>());
            for (Map.Entry<String, Path> dir : new TreeMap<>(source.files()).entrySet()) {
                if (Files.isDirectory(dir.getValue())) {
                    FolderFiles.copy(dir.getValue(), partial.resolve(FILES).resolve(dir.getKey()));
                }
            }
            SortedMap<String, String> files = FolderFiles.hashes(partial);
            new BackupManifest(source.app(), source.version(), census.schemaVersion(), clock.instant(),
                    source.database().isDerby() ? BackupManifest.DERBY : BackupManifest.NONE, census.tables(), files)
                    .write(partial);
            OwnerOnly.tree(partial);
            Path done = freeName(root, stamp);
            Files.move(partial, done, StandardCopyOption.ATOMIC_MOVE);
            return done;
        } catch (IOException | RuntimeException e) {
            FolderFiles.delete(partial);
            if (e instanceof BackupException b) {
                throw b;
            }
            throw new BackupException("备份失败：" + e.getMessage() + "\nBackup failed: " + e.getMessage(), e);
        }
    }

    private static DerbyCopy.Census derbyBackup(BackupSource source, Path partial) {
        Path target = partial.resolve(DATABASE);
        try (Connection c = source.database().open()) {
            c.setAutoCommit(true);
            try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, target.toAbsolutePath().toString());
                call.execute();
            }
        } catch (SQLException e) {
            throw new BackupException("数据库备份失败：" + e.getMessage() + "\nDerby backup failed: " + e.getMessage(), e);
        }
        return DerbyCopy.census(databaseFolder(partial));
    }

    private static String liveSchemaVersion(BackupSource source) {
        return source.database().inTransaction(TableCensus::schemaVersion);
    }

    /** The one database folder Derby wrote under {@code database/} (named like the live database's folder). */
    static Path databaseFolder(Path backup) {
        try (Stream<Path> entries = Files.list(backup.resolve(DATABASE))) {
            var folders = entries.filter(Files::isDirectory).toList();
            if (folders.size() != 1) {
                throw new BackupException("备份中的数据库目录不对：" + backup + "\nExpected one database folder in "
                        + backup.resolve(DATABASE));
            }
            return folders.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + backup, e);
        }
    }

    private static Path freeName(Path root, String stamp) {
        Path candidate = root.resolve(stamp);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = root.resolve(stamp + "-" + n);
        }
        return candidate;
    }
}
