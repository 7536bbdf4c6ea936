package cn.zwgk.server.request;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs {@link Reminders#daily} once shortly after the server starts and then every day at 08:00 (zone of the desk). */
public final class ReminderSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderSchedule.class);
    static final LocalTime AT = LocalTime.of(8, 0);

    private final Reminders reminders;
    private final ReminderHook hook;
    private final Clock clock;
    private final ZoneId zone;
    private ScheduledExecutorService executor;

    ReminderSchedule(Reminders reminders, ReminderHook hook, Clock clock, ZoneId zone) {
        this.reminders = reminders;
        this.hook = hook;
        this.clock = clock;
        this.zone = zone;
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "request-reminders");
            t.setDaemon(true);
            return t;
        });
        executor.schedule(this::runOnce, 30, TimeUnit.SECONDS);
        executor.scheduleAtFixedRate(this::runOnce, untilNext().toMillis(), Duration.ofDays(1).toMillis(),
                TimeUnit.MILLISECONDS);
    }

    Duration untilNext() {
        ZonedDateTime now = clock.instant().atZone(zone);
        ZonedDateTime next = now.with(AT);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }

    private void runOnce() {
        try {
            reminders.daily(hook);
        } catch (RuntimeException e) {
            // logged and retried tomorrow: a failing reminder must not stop the schedule
            LOG.error("daily request reminder failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
