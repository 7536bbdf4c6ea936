package cn.zwgk.server.fleet;

import java.time.Instant;

/**
 * A kiosk as the central office knows it: enrolment, what the sync API last saw, and its last inventory
 * report. Fields the kiosk has not reported yet are null.
 */
public record KioskSighting(String id, String siteCode, String status, String appVersion, Instant firstSeen,
        Instant lastSeen, long lastCheckpoint, Instant lastSuccessAt, Long clockDriftMillis, Long freeDiskBytes,
        Integer pendingUploads, String recordCounts, String lastError) {

    /** Whether the kiosk missed at least {@code nights} nightly syncs as of {@code now}. */
    public boolean missedNightlySyncs(int nights, Instant now) {
        Instant reference = lastSuccessAt != null ? lastSuccessAt : firstSeen;
        return "ACTIVE".equals(status) && reference.plus(java.time.Duration.ofDays(nights)).isBefore(now);
    }
}
