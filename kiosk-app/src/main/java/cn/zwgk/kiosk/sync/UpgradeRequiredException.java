package cn.zwgk.kiosk.sync;

/**
 * The server answered {@code 426 Upgrade Required}: it no longer serves this kiosk's software version. Nothing
 * was changed; the kiosk keeps showing its last good data and asks again once a night (see SyncScheduler).
 * The message is for staff as it is (Chinese first, shown on {@code /staff/sync}).
 */
public final class UpgradeRequiredException extends SyncTransportException {
    /** Every message of this failure starts so; a recorded sync error starting with it means "upgrade first". */
    public static final String PREFIX = "中心服务器要求升级本机软件";

    private final String minimumVersion;
    private final String ownVersion;

    public UpgradeRequiredException(String minimumVersion, String ownVersion) {
        super(PREFIX + "（最低版本 " + minimumVersion + "，本机版本 " + ownVersion + "），请联系区政务公开办");
        this.minimumVersion = minimumVersion;
        this.ownVersion = ownVersion;
    }

    public String minimumVersion() {
        return minimumVersion;
    }

    public String ownVersion() {
        return ownVersion;
    }

    /** Whether a recorded sync error is this failure. */
    public static boolean isUpgradeRequired(String error) {
        return error != null && error.startsWith(PREFIX);
    }
}
