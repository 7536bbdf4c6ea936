package cn.zwgk.kiosk.sync;

import java.net.URI;
import java.nio.file.Path;

/**
 * What the sync engine needs to know of the kiosk's configuration.
 *
 * @param server     the central server to enrol with (after enrolment, the enrolled server is used)
 * @param kioskId    the id to ask for at enrolment
 * @param appVersion reported to the server
 * @param dataDir    the data volume whose free space is reported
 * @param pageSize   changes per page
 * @param siteCode   the site the kiosk is configured for (its screens show that community); enrolment with a
 *                   code for another site is refused; null to accept the code's site
 * @param offline    other server nodes, the NTP server, the clock threshold, the USB directory
 */
public record SyncSettings(URI server, String kioskId, String appVersion, Path dataDir, int pageSize,
        String siteCode, OfflineSettings offline) {

    public SyncSettings {
        offline = offline == null ? OfflineSettings.DEFAULTS : offline;
    }

    public SyncSettings(URI server, String kioskId, String appVersion, Path dataDir, int pageSize) {
        this(server, kioskId, appVersion, dataDir, pageSize, null, null);
    }

    public SyncSettings(URI server, String kioskId, String appVersion, Path dataDir, int pageSize, String siteCode) {
        this(server, kioskId, appVersion, dataDir, pageSize, siteCode, null);
    }
}
