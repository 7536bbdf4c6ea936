package cn.zwgk.server.fleet;

import java.time.Instant;

/** A kiosk as the sync API last saw it. */
public record KioskSighting(String id, String siteCode, String appVersion, Instant firstSeen, Instant lastSeen,
        long lastCheckpoint) {
}
