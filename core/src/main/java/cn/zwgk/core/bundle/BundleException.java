package cn.zwgk.core.bundle;

import cn.zwgk.core.sync.SyncProtocolException;

/**
 * A bundle file is refused whole. The message is for staff, in plain Chinese (what happened and what to
 * do); {@link #reason()} says which rule it broke, for logs and tests.
 */
public class BundleException extends SyncProtocolException {
    /** Which rule a refused bundle broke. */
    public enum Reason { DAMAGED, SIGNATURE, OTHER_SCOPE, GAP, UNSUPPORTED, TRANSPORT }

    private final Reason reason;

    public BundleException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public BundleException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
