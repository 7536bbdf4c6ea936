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
 */
public record SyncSettings(URI server, String kioskId, String appVersion, Path dataDir, int pageSize) {
}
