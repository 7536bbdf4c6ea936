package cn.zwgk.kiosk.sync;

/**
 * The outcome of one sync run.
 *
 * @param ok         whether it reached the end of the server's log
 * @param pages      pages applied (each committed with its checkpoint)
 * @param changes    changes applied
 * @param checkpoint the checkpoint after the run
 * @param error      why it stopped, when not ok
 */
public record SyncResult(boolean ok, int pages, int changes, long checkpoint, String error) {

    /** The server no longer serves this kiosk's version (426): retrying before an upgrade is pointless. */
    public boolean upgradeRequired() {
        return !ok && UpgradeRequiredException.isUpgradeRequired(error);
    }
}
