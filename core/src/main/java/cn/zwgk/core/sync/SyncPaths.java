package cn.zwgk.core.sync;

/**
 * Every sync endpoint path, query parameter and header, in one versioned place. Both ends use these
 * constants; a new protocol version adds a new set beside v1 rather than changing it.
 */
public final class SyncPaths {
    public static final int PROTOCOL_VERSION = 1;
    public static final String V1 = "/sync/v1";

    /** GET: changes after {@link #PARAM_SINCE}, at most {@link #PARAM_LIMIT} of them, as one {@link ChangePage}. */
    public static final String CHANGES = V1 + "/changes";

    public static final String PARAM_SINCE = "since";
    public static final String PARAM_LIMIT = "limit";

    /** Which kiosk asks (enrolment and credentials come with the sync issue; the header already travels). */
    public static final String HEADER_KIOSK_ID = "X-Kiosk-Id";
    /** The site the kiosk serves; the server will scope pages by it. */
    public static final String HEADER_KIOSK_SITE = "X-Kiosk-Site";
    public static final String HEADER_APP_VERSION = "X-App-Version";

    public static final int DEFAULT_PAGE_SIZE = 500;
    public static final int MAX_PAGE_SIZE = 2000;

    private SyncPaths() {
    }
}
