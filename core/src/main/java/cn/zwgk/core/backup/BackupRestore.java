package cn.zwgk.core.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Restores a backup folder into a fresh place: checks every file against the manifest first (a damaged or
 * incomplete backup is refused before anything is written), refuses targets that already hold something,
 * copies the Derby database and the named directories, then boots the restored database on its own and
 * compares its row counts with the manifest.
 */
public final class BackupRestore {

    /** What a restore did. */
    public record Restored(BackupManifest manifest, Path databaseDir, Map<String, Path> directories) {
    }

    private BackupRestore() {
    }

    /** Throws a {@link BackupException} naming the first problem when {@code backup} is not whole. */
    public static BackupManifest verify(Path backup) {
        if (!Files.isDirectory(backup)) {
            throw new BackupException("没有这个备份目录：" + backup + "\nNo backup folder " + backup);
        }
        BackupManifest manifest = BackupManifest.read(backup);
        SortedMap<String, String> actual = FolderFiles.hashes(backup);
        actual.remove(BackupManifest.FILE);
        for (Map.Entry<String, String> expected : manifest.files().entrySet()) {
            String found = actual.get(expected.getKey());
            if (found == null) {
                throw damaged(backup, "缺少文件 " + expected.getKey(), "missing file " + expected.getKey());
            }
            if (!found.equals(expected.getValue())) {
                throw damaged(backup, "文件校验不符 " + expected.getKey(), "checksum mismatch in " + expected.getKey());
            }
        }
        actual.keySet().removeAll(manifest.files().keySet());
        if (!actual.isEmpty()) {
            String extra = actual.firstKey();
            throw damaged(backup, "多出清单外的文件 " + extra, "file not in the manifest: " + extra);
        }
        return manifest;
    }

    /**
     * Restores {@code backup}: its database into {@code databaseDir} (skipped when the backup holds none),
     * each backed-up directory into {@code directories.get(name)}.
     */
    public static Restored restore(Path backup, Path databaseDir, Map<String, Path> directories) {
        BackupManifest manifest = verify(backup);
        Map<String, Path> copies = new TreeMap<>();
        Path files = backup.resolve(BackupWriter.FILES);
        if (Files.isDirectory(files)) {
            try (var names = Files.list(files)) {
                for (Path dir : names.toList()) {
                    String name = dir.getFileName().toString();
                    Path target = directories.get(name);
                    if (target == null) {
                        throw new BackupException("备份中有本程序不认识的目录 files/" + name + "（备份来自 " + manifest.app()
                                + "）\nThe backup holds files/" + name + ", which this application does not restore");
                    }
                    copies.put(name, target);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read " + files, e);
            }
        }
        List<Path> targets = new ArrayList<>(copies.values());
        if (manifest.hasDatabase()) {
            targets.add(databaseDir);
        }
        for (Path target : targets) {
            if (!FolderFiles.absentOrEmpty(target)) {
                throw new BackupException("目标目录不是空的，为防止覆盖现有数据，拒绝恢复：" + target
                        + "\nRefused: the target " + target + " is not empty (restore into a fresh data directory)");
            }
        }
        if (manifest.hasDatabase()) {
            copyOwnerOnly(BackupWriter.databaseFolder(backup), databaseDir);
            checkCounts(manifest, DerbyCopy.census(databaseDir).tables());
        }
        copies.forEach((name, target) -> copyOwnerOnly(files.resolve(name), target));
        return new Restored(manifest, manifest.hasDatabase() ? databaseDir : null, copies);
    }

    private static void copyOwnerOnly(Path from, Path to) {
        OwnerOnly.directory(to);
        FolderFiles.copy(from, to);
        OwnerOnly.tree(to);
    }

    private static void checkCounts(BackupManifest manifest, SortedMap<String, Long> restored) {
        if (!restored.equals(manifest.tables())) {
            throw new BackupException("恢复后的数据库行数与备份清单不符：" + restored + " ≠ " + manifest.tables()
                    + "\nRestored row counts differ from the manifest");
        }
    }

    private static BackupException damaged(Path backup, String zh, String en) {
        return new BackupException("备份已损坏，拒绝恢复（" + zh + "）：" + backup + "\nDamaged backup refused (" + en + "): "
                + backup);
    }
}
