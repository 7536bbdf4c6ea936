package cn.zwgk.kiosk.board;

import java.time.Duration;

/**
 * Settings of the board screen and the notice editor, resolved once: system property, then environment
 * variable, then the default.
 *
 * @param rotation        how long each board page stays ({@code zwgk.board.rotation-seconds} /
 *                        {@code ZWGK_BOARD_ROTATION_SECONDS}, default 15 s, at least 3 s)
 * @param contact         what the board shows with no notice, besides the community's name
 *                        ({@code zwgk.board.contact} / {@code ZWGK_BOARD_CONTACT}, default: ask the residents'
 *                        committee)
 * @param onlineUrlBase   where notices are online, the notice id appended, for the QR code
 *                        ({@code zwgk.board.online-url} / {@code ZWGK_BOARD_ONLINE_URL}; default none: no QR)
 * @param staffIdle       staff are logged out after this long untouched ({@code zwgk.staff.idle-minutes} /
 *                        {@code ZWGK_STAFF_IDLE_MINUTES}, default 5 min)
 * @param maxImageBytes   largest image attachment ({@code zwgk.board.max-image-kb} / {@code ZWGK_BOARD_MAX_IMAGE_KB},
 *                        default 2048 KB)
 */
public record BoardSettings(Duration rotation, String contact, String onlineUrlBase, Duration staffIdle, long maxImageBytes) {
    public static final String DEFAULT_CONTACT = "如需了解居务公开信息，请咨询社区居民委员会";

    public BoardSettings {
        if (rotation.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("board rotation must be at least 3 seconds, was " + rotation);
        }
    }

    public static BoardSettings defaults() {
        return new BoardSettings(Duration.ofSeconds(15), DEFAULT_CONTACT, null, Duration.ofMinutes(5), 2048 * 1024L);
    }

    public static BoardSettings resolve() {
        BoardSettings d = defaults();
        String url = value("zwgk.board.online-url", "ZWGK_BOARD_ONLINE_URL", "");
        return new BoardSettings(
                Duration.ofSeconds(Long.parseLong(value("zwgk.board.rotation-seconds", "ZWGK_BOARD_ROTATION_SECONDS",
                        String.valueOf(d.rotation().toSeconds())))),
                value("zwgk.board.contact", "ZWGK_BOARD_CONTACT", d.contact()),
                url.isBlank() ? null : url,
                Duration.ofMinutes(Long.parseLong(value("zwgk.staff.idle-minutes", "ZWGK_STAFF_IDLE_MINUTES",
                        String.valueOf(d.staffIdle().toMinutes())))),
                Long.parseLong(value("zwgk.board.max-image-kb", "ZWGK_BOARD_MAX_IMAGE_KB", "2048")) * 1024L);
    }

    /** The online address of a notice, or null when none is configured. */
    public String onlineUrl(String noticeId) {
        return onlineUrlBase == null ? null : onlineUrlBase + noticeId;
    }

    private static String value(String property, String env, String fallback) {
        String v = System.getProperty(property, System.getenv(env));
        return v == null || v.isBlank() ? fallback : v.strip();
    }
}
