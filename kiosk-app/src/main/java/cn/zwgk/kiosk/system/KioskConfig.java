package cn.zwgk.kiosk.system;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

/**
 * The kiosk's configuration, resolved once at start-up and handed to constructors.
 *
 * @param host         address the kiosk UI listens on (default 127.0.0.1: the browser runs on the same box)
 * @param port         HTTP port of the UI (default 8081; 0 picks a free one)
 * @param dataDir      where the embedded Derby database lives (default {@code ./data/kiosk})
 * @param serverUri    the central sync-server, e.g. {@code http://127.0.0.1:8080}
 * @param kioskId      this kiosk's id (enrolment replaces it with a credential in the sync issue)
 * @param siteCode     the community (or street) this kiosk serves
 * @param syncInterval time between background syncs
 * @param zone         time zone for dates shown to residents
 * @param idleTimeout  time without a touch before the idle reset's countdown (default 90 s), see {@code IdleReset}
 */
public record KioskConfig(String host, int port, Path dataDir, URI serverUri, String kioskId, String siteCode,
        Duration syncInterval, ZoneId zone, Duration idleTimeout) {

    public static final String APP_VERSION = "0.1.0";
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(90);

    public KioskConfig {
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idle timeout must be positive, was " + idleTimeout);
        }
    }

    /** Configuration with the default idle timeout. */
    public KioskConfig(String host, int port, Path dataDir, URI serverUri, String kioskId, String siteCode,
            Duration syncInterval, ZoneId zone) {
        this(host, port, dataDir, serverUri, kioskId, siteCode, syncInterval, zone, DEFAULT_IDLE_TIMEOUT);
    }

    public Path derbyDirectory() {
        return dataDir.resolve("db");
    }

    /** The search index: derived from the Derby store, rebuilt from it when missing or damaged. */
    public Path searchIndexDirectory() {
        return dataDir.resolve("search-index");
    }
}
