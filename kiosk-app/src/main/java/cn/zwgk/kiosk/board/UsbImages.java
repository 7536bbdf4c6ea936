package cn.zwgk.kiosk.board;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Images on the staff's USB stick, for the notice editor. The locked-down kiosk browser may not open a file
 * dialog (it would be a way out to the file system), so the kiosk lists the stick's images itself and staff
 * tap one. Only regular files directly in the directory, no links, picked from this list — never a typed path.
 */
public final class UsbImages {
    static final int MAX_LISTED = 60;
    private static final List<String> SUFFIXES = List.of(".jpg", ".jpeg", ".png", ".gif");

    private final Path dir;

    public UsbImages(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The stick's images by name (at most {@value #MAX_LISTED}); empty when the stick is not there. */
    public List<Path> list() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(UsbImages::isImageFile).sorted().limit(MAX_LISTED).toList();
        }
    }

    /**
     * The bytes of one listed image, read no further than {@code maxBytes + 1} so a huge file cannot fill the
     * memory; empty when it is larger than {@code maxBytes} (the caller names the limit).
     */
    public Optional<byte[]> read(Path image, long maxBytes) throws IOException {
        if (!list().contains(image)) {
            throw new IOException("not an image of " + dir + ": " + image);
        }
        try (InputStream in = Files.newInputStream(image, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
        }
    }

    private static boolean isImageFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && SUFFIXES.stream().anyMatch(name::endsWith)
                && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }
}
