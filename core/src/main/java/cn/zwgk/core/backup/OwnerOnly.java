package cn.zwgk.core.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/** Owner-only permissions for backups and restored data: they hold keys and encrypted personal data. */
final class OwnerOnly {
    static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {
    }

    /** Creates {@code dir} (and parents) when missing and makes it owner-only. */
    static Path directory(Path dir) {
        try {
            Files.createDirectories(dir);
            set(dir, DIR);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** Makes every directory and file under {@code root} (included) owner-only. */
    static void tree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                set(p, Files.isDirectory(p) ? DIR : FILE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set owner-only permissions under " + root, e);
        }
    }

    static void set(Path p, Set<PosixFilePermission> permissions) throws IOException {
        if (POSIX && !Files.isSymbolicLink(p)) {
            Files.setPosixFilePermissions(p, permissions);
        }
    }
}
