package cn.zwgk.core.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of a running application: nightly at the configured local time, on demand (the loopback
 * {@link AdminEndpoint}), one at a time, rotated after each success; every outcome logged and kept in
 * {@link #status()}. A failed night does not stop the next one.
 */
public final class BackupService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final BackupSource source;
    private final BackupSettings settings;
    private final Path runDir;
    private final Clock clock;
    private final ZoneId zone;
    private final BackupStatus status = new BackupStatus();
    private volatile ScheduledExecutorService timer;
    private AdminEndpoint admin;

    /**
     * @param settings where, how many, and at what time ({@link BackupSettings#at()} must be set)
     * @param runDir   where the admin token is written ({@code <data>/run})
     */
    public BackupService(BackupSource source, BackupSettings settings, Path runDir, Clock clock, ZoneId zone) {
        if (settings.at() == null) {
            throw new IllegalArgumentException("the nightly backup time is not set");
        }
        this.source = source;
        this.settings = settings;
        this.runDir = runDir;
        this.clock = clock;
        this.zone = zone;
    }

    public BackupStatus status() {
        return status;
    }

    public BackupSettings settings() {
        return settings;
    }

    /** Backs up now into the configured root, keeping the configured number. */
    public Path runNow() {
        return runNow(settings.dir(), settings.keep());
    }

    /** Backs up now into {@code root}, then keeps the {@code keep} newest there; one backup at a time. */
    public synchronized Path runNow(Path root, int keep) {
        try {
            Path folder = new BackupWriter(clock, zone).write(source, root);
            var deleted = BackupRotation.keepNewest(root, keep);
            status.succeeded(clock.instant(), folder.toString(), source.database().isDerby());
            LOG.info("backup written to {}{}", folder, deleted.isEmpty() ? "" : ", removed old " + deleted);
            return folder;
        } catch (RuntimeException e) {
            status.failed(clock.instant(), e.getMessage());
            LOG.error("backup into {} failed: {}", root, e.getMessage());
            throw e;
        }
    }

    /** Starts the nightly timer and the loopback admin endpoint. */
    public synchronized void start() {
        if (!source.database().isDerby()) {
            LOG.warn("the database is not embedded Derby: nightly backups hold the keys and files only; back the "
                    + "database up with pg_dump (see the operations guide)");
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nightly-backup");
            t.setDaemon(true);
            return t;
        });
        scheduleNext();
        try {
            admin = AdminEndpoint.start(runDir, this);
        } catch (RuntimeException | LinkageError e) {
            // the nightly backups go on; only the command line's "back up now" is missing, which it says
            LOG.error("on-demand backups are unavailable (the loopback endpoint did not start): {}", e.toString());
        }
    }

    private void scheduleNext() {
        ScheduledExecutorService timer = this.timer;
        if (timer == null || timer.isShutdown()) {
            return;
        }
        Instant now = clock.instant();
        Instant next = nextRun(now, settings.at(), zone);
        LOG.info("next backup at {} into {} (keeping {})", next.atZone(zone), settings.dir(), settings.keep());
        timer.schedule(() -> {
            try {
                runNow();
            } catch (RuntimeException e) {
                // logged and kept in the status by runNow
            } finally {
                scheduleNext();
            }
        }, Duration.between(now, next).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The first {@code at} local time strictly after {@code now}. */
    public static Instant nextRun(Instant now, java.time.LocalTime at, ZoneId zone) {
        ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(at).atZone(zone);
        return today.toInstant().isAfter(now) ? today.toInstant() : today.plusDays(1).toInstant();
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
