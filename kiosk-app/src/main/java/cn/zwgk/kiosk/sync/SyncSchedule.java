package cn.zwgk.kiosk.sync;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.random.RandomGenerator;
import java.util.zip.CRC32;

/**
 * When a kiosk syncs: once a night inside a window (default 01:00–05:00) at a fixed per-kiosk offset,
 * so 20,000 kiosks spread over the window; a light poll for urgent changes in between; after a failure,
 * retries with exponential backoff and jitter.
 *
 * @param windowStart  start of the nightly window (local time)
 * @param windowLength length of the window
 * @param pollInterval time between urgent polls
 * @param firstRetry   wait after the first failure
 * @param maxRetry     longest wait between retries
 * @param zone         the kiosk's time zone
 */
public record SyncSchedule(LocalTime windowStart, Duration windowLength, Duration pollInterval, Duration firstRetry,
        Duration maxRetry, ZoneId zone) {

    public static SyncSchedule defaults(Duration pollInterval, ZoneId zone) {
        return new SyncSchedule(LocalTime.of(1, 0), Duration.ofHours(4), pollInterval, Duration.ofMinutes(1),
                Duration.ofHours(1), zone);
    }

    /** The kiosk's fixed place in the window, derived from its id (stable across restarts). */
    public Duration offsetFor(String kioskId) {
        CRC32 crc = new CRC32();
        crc.update(kioskId.getBytes(StandardCharsets.UTF_8));
        return Duration.ofSeconds(crc.getValue() % Math.max(1, windowLength.toSeconds()));
    }

    /** The next nightly sync strictly after {@code now}. */
    public Instant nextNightly(Instant now, String kioskId) {
        ZonedDateTime today = now.atZone(zone).toLocalDate().atTime(windowStart).atZone(zone).plus(offsetFor(kioskId));
        return today.toInstant().isAfter(now) ? today.toInstant() : today.plusDays(1).toInstant();
    }

    /** Wait before retry number {@code failures} (1 = after the first failure): doubling, capped, ±20 % jitter. */
    public Duration retryDelay(int failures, RandomGenerator random) {
        long base = firstRetry.toMillis() << Math.min(Math.max(0, failures - 1), 20);
        long capped = Math.min(base, maxRetry.toMillis());
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis((long) (capped * jitter));
    }
}
