package cn.zwgk.kiosk.sync;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The plain-words line residents see about data freshness, derived from the committed sync state. */
public final class SyncStatusText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final Duration STALE_AFTER = Duration.ofDays(2);

    private SyncStatusText() {
    }

    public static String describe(SyncState state, Instant now, ZoneId zone) {
        if (state.neverSynced()) {
            return state.lastAttemptFailed()
                    ? "暂时无法连接中心服务器，本机还没有数据。请稍后再试，或向工作人员求助。"
                    : "正在从中心服务器获取数据，请稍候……";
        }
        StringBuilder text = new StringBuilder("数据更新于 ").append(WHEN.format(state.lastSuccessAt().atZone(zone)));
        long days = Duration.between(state.lastSuccessAt(), now).toDays();
        if (Duration.between(state.lastSuccessAt(), now).compareTo(STALE_AFTER) > 0) {
            text.append("（已有 ").append(days).append(" 天未更新）");
        }
        if (state.lastAttemptFailed()) {
            text.append(" · 暂时无法连接中心服务器，正在显示上次更新的数据");
        }
        return text.toString();
    }

    /** Whether the line should be shown as a warning rather than as information. */
    public static boolean isWarning(SyncState state, Instant now) {
        return state.lastAttemptFailed() || state.neverSynced()
                || Duration.between(state.lastSuccessAt(), now).compareTo(STALE_AFTER) > 0;
    }
}
