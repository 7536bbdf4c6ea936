package cn.zwgk.core.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps the newest N complete backups under a root. Only folders named like a backup and holding a
 * manifest count and are ever deleted; unfinished ({@code .partial-…}) and foreign folders are left alone.
 */
public final class BackupRotation {
    private static final Pattern NAME = Pattern.compile("\\d{8}-\\d{6}(-\\d+)?");

    private BackupRotation() {
    }

    /** Complete backups under {@code root}, newest first. */
    public static List<Path> complete(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p.resolve(BackupManifest.FILE)))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list backups in " + root, e);
        }
    }

    /** Deletes all but the {@code keep} newest complete backups; returns the deleted folders. */
    public static List<Path> keepNewest(Path root, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup, was " + keep);
        }
        List<Path> all = complete(root);
        List<Path> old = all.subList(Math.min(keep, all.size()), all.size());
        old.forEach(FolderFiles::delete);
        return old;
    }
}
