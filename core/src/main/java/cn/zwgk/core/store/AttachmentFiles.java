package cn.zwgk.core.store;

import cn.zwgk.core.sync.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Attachments (images, PDFs) stored once by content: {@code <dir>/<sha256>}. A file is written to a
 * temporary name and moved into place only after its hash was checked, so a present file is always whole
 * and correct, and records that share an attachment share the file.
 */
public final class AttachmentFiles {
    private final Path dir;

    public AttachmentFiles(Path dir) {
        this.dir = dir;
    }

    public boolean has(String sha256) {
        return Sha256.HEX.matcher(sha256).matches() && Files.isRegularFile(dir.resolve(sha256));
    }

    public Optional<Path> path(String sha256) {
        return has(sha256) ? Optional.of(dir.resolve(sha256)) : Optional.empty();
    }

    /** Stores {@code bytes} under their hash and returns it. */
    public String put(byte[] bytes) {
        String sha = Sha256.of(bytes);
        putVerified(sha, bytes);
        return sha;
    }

    /** Stores {@code bytes} as {@code expectedSha256}; refuses (false, nothing written) when they differ. */
    public boolean putVerified(String expectedSha256, byte[] bytes) {
        if (!Sha256.HEX.matcher(expectedSha256).matches() || !Sha256.of(bytes).equals(expectedSha256)) {
            return false;
        }
        try {
            Files.createDirectories(dir);
            if (!Files.exists(dir.resolve(expectedSha256))) {
                Path tmp = Files.createTempFile(dir, "incoming", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, dir.resolve(expectedSha256), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store attachment " + expectedSha256 + " in " + dir, e);
        }
    }
}
