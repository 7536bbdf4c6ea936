package cn.zwgk.core.sync;

import java.util.Comparator;

/**
 * Which kiosk software versions the server still serves (the {@link SyncPaths#HEADER_APP_VERSION} header).
 * Versions are dotted numbers compared part by part ({@code 0.10.0 > 0.9.3}); a missing or unreadable version
 * counts as the oldest. A kiosk below {@link #MINIMUM} gets {@code 426 Upgrade Required} on the sync endpoints.
 */
public final class KioskVersions {
    /**
     * The oldest kiosk version the server still syncs with. Raise it only when the server stops being able to
     * serve older kiosks correctly: a change of page or upload format they would misread, or records they must
     * not silently skip. New record types alone do not need it (an old kiosk refuses the page and asks staff to
     * upgrade). Raising it stops every older kiosk's sync until it is upgraded, so upgrade the fleet first.
     */
    public static final String MINIMUM = "0.1.0";

    /** Numeric, part by part; missing parts are 0, a part's non-digit suffix is ignored ({@code 1.2.0-rc1 = 1.2.0}). */
    public static final Comparator<String> ORDER = KioskVersions::compare;

    private KioskVersions() {
    }

    /** Whether a kiosk reporting {@code version} (null when it sent none) is still served. */
    public static boolean isSupported(String version) {
        return compare(version, MINIMUM) >= 0;
    }

    public static int compare(String a, String b) {
        long[] x = parts(a);
        long[] y = parts(b);
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** The numeric parts; an absent or unreadable version is {@code [-1]}, below every real one. */
    private static long[] parts(String version) {
        if (version == null || version.isBlank() || !Character.isDigit(version.strip().charAt(0))) {
            return new long[] {-1};
        }
        String[] split = version.strip().split("\\.");
        long[] parts = new long[split.length];
        for (int i = 0; i < split.length; i++) {
            String digits = split[i].replaceFirst("\\D.*$", "");
            parts[i] = digits.isEmpty() ? 0 : Long.parseLong(digits.length() > 9 ? digits.substring(0, 9) : digits);
        }
        return parts;
    }
}
