package cn.zwgk.core.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code disk}: usable bytes on the file system of the data directory; {@code warn} below the threshold
 * ({@code ZWGK_DISK_WARN}, default 1 GiB). Never {@code fail}: a full disk needs a person, not a restart.
 */
public final class DiskProbe implements HealthProbe {
    public static final long DEFAULT_WARN_BELOW = 1L << 30;

    private final Path directory;
    private final long warnBelowBytes;

    public DiskProbe(Path directory, long warnBelowBytes) {
        this.directory = directory;
        this.warnBelowBytes = warnBelowBytes;
    }

    /** The threshold from {@code -Dzwgk.disk.warn} or {@code ZWGK_DISK_WARN}: bytes, or with K/M/G (e.g. {@code 2G}). */
    public static long warnBelowFromEnvironment() {
        String value = System.getProperty("zwgk.disk.warn", System.getenv("ZWGK_DISK_WARN"));
        return value == null || value.isBlank() ? DEFAULT_WARN_BELOW : parseBytes(value);
    }

    static long parseBytes(String value) {
        String v = value.strip().toUpperCase(Locale.ROOT).replaceFirst("I?B$", "");
        int shift = switch (v.isEmpty() ? ' ' : v.charAt(v.length() - 1)) {
            case 'K' -> 10;
            case 'M' -> 20;
            case 'G' -> 30;
            case 'T' -> 40;
            default -> 0;
        };
        String digits = shift == 0 ? v : v.substring(0, v.length() - 1).strip();
        try {
            long n = Long.parseLong(digits);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n << shift;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ZWGK_DISK_WARN must be a size like 1073741824, 512M or 2G, was \""
                    + value + "\"");
        }
    }

    @Override
    public HealthCheck check() {
        Map<String, Object> details = new LinkedHashMap<>();
        try {
            long free = Files.getFileStore(existing(directory)).getUsableSpace();
            details.put("freeBytes", free);
            details.put("warnBelowBytes", warnBelowBytes);
            return new HealthCheck("disk", free < warnBelowBytes ? HealthStatus.WARN : HealthStatus.OK, details);
        } catch (IOException e) {
            details.put("error", "cannot read free space (" + e.getClass().getSimpleName() + ")");
            return new HealthCheck("disk", HealthStatus.WARN, details);
        }
    }

    /** The directory or its nearest existing parent (the data directory may not exist yet). */
    private static Path existing(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? dir.toAbsolutePath().getRoot() : p;
    }
}
