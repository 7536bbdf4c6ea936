package cn.zwgk.kiosk.sync;

import cn.zwgk.kiosk.i18n.KioskI18NProvider;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The plain-words line residents see about data freshness, derived from the committed sync state. */
public final class SyncStatusText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final Duration STALE_AFTER = Duration.ofDays(2);

    /** Looks up a UI string (a view's {@code getTranslation}). */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... params);
    }

    private SyncStatusText() {
    }

    /** In Simplified Chinese (tests, logs). */
    public static String describe(SyncState state, Instant now, ZoneId zone) {
        KioskI18NProvider i18n = new KioskI18NProvider();
        return describe(state, now, zone, (key, params) -> i18n.getTranslation(key, KioskI18NProvider.SIMPLIFIED, params));
    }

    public static String describe(SyncState state, Instant now, ZoneId zone, Translator t) {
        if (state.neverSynced()) {
            return t.translate(state.lastAttemptFailed() ? "sync.fresh.neverOffline" : "sync.fresh.first");
        }
        StringBuilder text = new StringBuilder(t.translate("sync.fresh.updated",
                WHEN.format(state.lastSuccessAt().atZone(zone))));
        Duration age = Duration.between(state.lastSuccessAt(), now);
        if (age.compareTo(STALE_AFTER) > 0) {
            text.append(t.translate("sync.fresh.stale", age.toDays()));
        }
        if (state.lastAttemptFailed()) {
            text.append(t.translate("sync.fresh.offline"));
        }
        return text.toString();
    }

    /** Whether the line should be shown as a warning rather than as information. */
    public static boolean isWarning(SyncState state, Instant now) {
        return state.lastAttemptFailed() || state.neverSynced()
                || Duration.between(state.lastSuccessAt(), now).compareTo(STALE_AFTER) > 0;
    }
}
