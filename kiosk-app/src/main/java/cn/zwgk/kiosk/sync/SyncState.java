package cn.zwgk.kiosk.sync;

import java.time.Instant;

/**
 * What the kiosk knows about its sync, read from the store (never guessed).
 *
 * @param checkpoint    the last seq applied
 * @param serverLatest  the newest seq the server reported
 * @param lastSuccessAt when a sync last completed, null if never
 * @param lastAttemptAt when a sync was last tried, null if never
 * @param lastError     why the last attempt failed, null when it succeeded
 */
public record SyncState(long checkpoint, long serverLatest, Instant lastSuccessAt, Instant lastAttemptAt,
        String lastError) {

    public boolean neverSynced() {
        return lastSuccessAt == null;
    }

    public boolean lastAttemptFailed() {
        return lastError != null;
    }
}
