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
 */
public record SyncSettings(URI server, String kioskId, String appVersion, Path dataDir, int pageSize,
        String siteCode) {

    public SyncSettings(URI server, String kioskId, String appVersion, Path dataDir, int pageSize) {
        this(server, kioskId, appVersion, dataDir, pageSize, null);
    }
}
