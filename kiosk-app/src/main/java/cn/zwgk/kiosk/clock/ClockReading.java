package cn.zwgk.kiosk.clock;

import java.time.Instant;

/**
 * What the kiosk last learnt about its clock.
 *
 * @param driftMillis this kiosk's clock minus the reference, in ms (positive = kiosk ahead)
 * @param measuredAt  when (kiosk clock)
 * @param source      NTP (the configured NTP server) or SYNC (the sync server's time on the last page)
 * @param doubtful    the drift is above the configured threshold: dates taken now may be wrong
 */
public record ClockReading(long driftMillis, Instant measuredAt, Source source, boolean doubtful) {

    public enum Source { NTP, SYNC }
}
