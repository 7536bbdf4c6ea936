package cn.zwgk.kiosk.sync;

/**
 * Turns a recorded sync error (technical, English, for logs) into the translation key of a plain-words
 * explanation for staff. Messages that are already meant for people (enrolment) pass through.
 */
public final class SyncErrorText {

    private SyncErrorText() {
    }

    /** The bundle key for {@code error}; for {@code sync.error.other} the error itself is the parameter. */
    public static String keyFor(String error) {
        if (error == null) {
            return null;
        }
        String e = error.toLowerCase(java.util.Locale.ROOT);
        if (e.contains("cannot connect") || e.contains("no answer from") || e.contains("network error")) {
            return "sync.error.network";
        }
        if (e.contains("recordtype") || e.contains("unsupported protocol version")) {
            return "sync.error.upgrade";
        }
        if (e.contains("signature") || e.contains("signed") || e.contains("trusts key") || e.contains("gzip")) {
            return "sync.error.signature";
        }
        if (e.contains("checkpoint") || e.contains("page is for site") || e.contains("is not after")
                || e.contains("ends at") || e.contains("is invalid") || e.contains("cannot read")) {
            return "sync.error.sequence";
        }
        if (e.contains("database operation failed") || e.contains("disk") || e.contains("no space")) {
            return "sync.error.storage";
        }
        return "sync.error.other";
    }

    /** Whether the error text is already plain Chinese for people (shown as it is). */
    public static boolean isForPeople(String error) {
        return error != null && !error.isEmpty() && Character.UnicodeScript.of(error.codePointAt(0))
                == Character.UnicodeScript.HAN;
    }
}
