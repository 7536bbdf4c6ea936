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
 */
public record KioskConfig(String host, int port, Path dataDir, URI serverUri, String kioskId, String siteCode,
        Duration syncInterval, ZoneId zone) {

    public static final String APP_VERSION = "0.1.0";

    public Path derbyDirectory() {
        return dataDir.resolve("db");
    }
}
