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

    /** POST {@code {"code": ..., "kioskId": ...}}: one-time enrolment; answers credential, site and public key. */
    public static final String ENROL = V1 + "/enrol";
    /** POST: a new credential for the calling kiosk (the old one stops working). */
    public static final String ROTATE = V1 + "/credential";
    /** POST: the kiosk's inventory report after a sync. */
    public static final String INVENTORY = V1 + "/inventory";
    /** GET: the newest seq marked urgent for the calling kiosk's scope (the light poll). */
    public static final String URGENT = V1 + "/urgent";
    /** POST: records the kiosk created (requests, local notices); idempotent by id. */
    public static final String UPLOADS = V1 + "/uploads";

    /** GET {@code /sync/v1/attachments/<sha256>}: the bytes of an attachment named by its SHA-256 (hex). */
    public static final String ATTACHMENTS = V1 + "/attachments";

    public static final String PARAM_SINCE = "since";
    public static final String PARAM_LIMIT = "limit";
    /**
     * {@code snapshot=true}: the kiosk is inside a snapshot run (it received a {@link ChangePage#reset()} page)
     * and asks for the next page of it; the server then serves the log as it is, without answering another
     * snapshot because {@code since} is below the tombstone horizon.
     */
    public static final String PARAM_SNAPSHOT = "snapshot";

    /** Which kiosk asks; informational, the credential decides. */
    public static final String HEADER_KIOSK_ID = "X-Kiosk-Id";
    /** The site the kiosk believes it serves; informational, the server scopes by the enrolled site. */
    public static final String HEADER_KIOSK_SITE = "X-Kiosk-Site";
    /** {@code Authorization: Bearer <kioskId>.<secret>} on every call but enrolment. */
    public static final String HEADER_AUTHORIZATION = "Authorization";
    /** Detached signature of the (uncompressed) body: {@code ed25519:<keyId>:<base64>}. */
    public static final String HEADER_SIGNATURE = "X-Zwgk-Signature";
    public static final String HEADER_APP_VERSION = "X-App-Version";

    public static final int DEFAULT_PAGE_SIZE = 500;
    public static final int MAX_PAGE_SIZE = 2000;

    private SyncPaths() {
    }
}
