package cn.zwgk.kiosk.sync;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link SyncService#syncNow()} in the background: once right after start, then at a fixed
 * interval. (The nightly window with per-kiosk jitter and the urgent poll come with the sync issue.)
 */
public final class SyncScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);

    private final SyncService sync;
    private final Duration interval;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sync");
        t.setDaemon(true);
        return t;
    });

    public SyncScheduler(SyncService sync, Duration interval) {
        this.sync = sync;
        this.interval = interval;
    }

    public void start() {
        executor.scheduleWithFixedDelay(this::runOnce, 0, interval.toSeconds(), TimeUnit.SECONDS);
    }

    private void runOnce() {
        try {
            sync.syncNow();
        } catch (RuntimeException e) {
            // syncNow records its own failures; this is a bug, and the schedule must survive it.
            LOG.error("unexpected failure in scheduled sync", e);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("sync thread did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
