package cn.zwgk.kiosk.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs syncs in the background by {@link SyncSchedule}: once at start (after a power cut the kiosk
 * should catch up at once; "nothing changed" costs one small request), nightly in its slot, on urgent changes found by the light poll, and as
 * retries with backoff after a failure. One thread; a tick every few seconds decides what is due.
 */
public final class SyncScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);
    private static final long TICK_SECONDS = 5;

    private final SyncService sync;
    private final SyncSchedule schedule;
    private final String kioskIdHint;
    private final Clock clock;
    private final Random random = new Random();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sync");
        t.setDaemon(true);
        return t;
    });
    private Instant nextSync;
    private Instant nextPoll;
    private int failures;

    public SyncScheduler(SyncService sync, SyncSchedule schedule, String kioskIdHint, Clock clock) {
        this.sync = sync;
        this.schedule = schedule;
        this.kioskIdHint = kioskIdHint;
        this.clock = clock;
    }

    public void start() {
        Instant now = clock.instant();
        nextSync = now;
        nextPoll = now.plus(schedule.pollInterval());
        executor.scheduleWithFixedDelay(this::tick, 0, TICK_SECONDS, TimeUnit.SECONDS);
    }

    private void tick() {
        try {
            sync.clockCheck().checkIfDue(); // NTP: at most every hour, 3 s at worst when the server is silent
            Instant now = clock.instant();
            if (!now.isBefore(nextSync)) {
                after(sync.syncNow());
            } else if (!now.isBefore(nextPoll)) {
                nextPoll = now.plus(schedule.pollInterval());
                sync.syncIfUrgent().ifPresent(this::after);
            }
        } catch (RuntimeException e) {
            // syncNow records its own failures; this is a bug, and the schedule must survive it.
            LOG.error("unexpected failure in scheduled sync", e);
        }
    }

    /** When the next full sync is due (after {@link #start} or a run). */
    Instant nextSyncAt() {
        return nextSync;
    }

    /** When the next urgent poll is due. */
    Instant nextPollAt() {
        return nextPoll;
    }

    /** Plans the next sync and poll after a run's {@code result} (called on the sync thread). */
    void after(SyncResult result) {
        Instant now = clock.instant();
        if (result.ok()) {
            failures = 0;
            nextSync = schedule.nextNightly(now, kioskId());
        } else if (result.upgradeRequired()) {
            // the server refuses this version until the kiosk is upgraded: ask once a night, no urgent polls
            failures = 0;
            nextSync = schedule.nextNightly(now, kioskId());
            nextPoll = nextSync;
            LOG.warn("{}; next try at the nightly slot {}", result.error(), nextSync);
        } else {
            failures++;
            Duration wait = schedule.retryDelay(failures, random);
            nextSync = now.plus(wait);
            LOG.info("sync failed ({} in a row); retrying in {} s", failures, wait.toSeconds());
        }
    }

    private String kioskId() {
        return sync.enrolledIdentity().map(KioskIdentity::kioskId).orElse(kioskIdHint);
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
