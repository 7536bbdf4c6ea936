package cn.zwgk.kiosk.sync;

import cn.zwgk.core.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where bundle files come from when there is no network: a USB directory staff plug in, or an FTP/FTPS
 * drop. Every file found is imported through {@link SyncService#importBundle} (the online rules), in name
 * order — the server names bundles by site and seq range, so consecutive bundles import in order.
 */
public final class OfflineTransports {
    private final Database database;
    private final SyncService sync;
    private final FtpFetcher ftp = new FtpFetcher();
    private final TransportStore store = new TransportStore();
    private final Path downloads;
    private final Path defaultUsbDir;
    private final Clock clock;

    OfflineTransports(Database database, SyncService sync, Path downloads, Path defaultUsbDir, Clock clock) {
        this.database = database;
        this.sync = sync;
        this.downloads = downloads;
        this.defaultUsbDir = defaultUsbDir;
        this.clock = clock;
    }

    public FtpSettings ftpSettings() {
        return database.inTransaction(store::ftp);
    }

    public void saveFtpSettings(FtpSettings settings) {
        database.useTransaction(c -> store.saveFtp(c, settings));
    }

    /** The USB directory staff used last, else the configured default. */
    public String usbDir() {
        String saved = database.inTransaction(store::usbDir);
        return saved != null ? saved : defaultUsbDir.toString();
    }

    /** Imports every bundle file in {@code dir}; one refused file does not stop the others. */
    public List<BundleImport> importFromUsb(String dir) {
        Path path = Path.of(dir.strip());
        database.useTransaction(c -> store.saveUsbDir(c, dir.strip()));
        if (!Files.isDirectory(path)) {
            return List.of(refused("USB", dir, "找不到目录 " + dir + "：请确认 U 盘已插好，目录填写正确。"));
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(path)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(FtpFetcher.SUFFIX) && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of(refused("USB", dir, "无法读取目录 " + dir + "（" + e.getMessage() + "）。"));
        }
        if (files.isEmpty()) {
            return List.of(refused("USB", dir, "目录 " + dir + " 中没有同步包（*" + FtpFetcher.SUFFIX + "）。"));
        }
        List<BundleImport> results = new ArrayList<>();
        for (Path f : files) {
            results.add(sync.importBundle(f, "USB"));
        }
        return results;
    }

    /** Connects and lists, without downloading: for the staff screen's test button. Throws with a Chinese message. */
    public String testFtp(FtpSettings settings) {
        return ftp.test(settings);
    }

    /** Fetches (resuming partial downloads) and imports every bundle file of the saved FTP directory. */
    public List<BundleImport> fetchFromFtp() {
        FtpSettings settings = ftpSettings();
        List<Path> files;
        try {
            files = ftp.fetchAll(settings, downloads);
        } catch (FtpFetcher.FtpException e) {
            return List.of(refused("FTP", String.valueOf(settings.host()), e.getMessage()));
        }
        if (files.isEmpty()) {
            return List.of(refused("FTP", settings.host(), "FTP 目录中没有同步包。"));
        }
        List<BundleImport> results = new ArrayList<>();
        for (Path f : files) {
            results.add(sync.importBundle(f, "FTP"));
        }
        return results;
    }

    private BundleImport refused(String source, String name, String message) {
        return new BundleImport(clock.instant(), source, name, BundleImport.Outcome.REFUSED, null, null, null, 0,
                message);
    }
}
