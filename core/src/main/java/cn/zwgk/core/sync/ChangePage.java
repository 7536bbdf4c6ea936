package cn.zwgk.core.sync;

import java.util.List;

/**
 * One page of changes, as the server sends it and the kiosk applies it (in one transaction, together
 * with moving its checkpoint from {@code since} to {@code until}).
 *
 * @param protocolVersion {@link SyncPaths#PROTOCOL_VERSION} of the sender
 * @param since           the checkpoint this page continues from (exclusive)
 * @param until           the checkpoint after this page (inclusive): the last change's seq, or {@code since}
 *                        when the page is empty
 * @param latestSeq       the newest seq the server had when it built the page (to show lag)
 * @param hasMore         whether another page follows
 * @param changes         in ascending seq order, all in (since, until]
 * @param signature       always null: the Ed25519 signature travels detached, over the body's exact bytes
 *                        ({@link PageSigner}); kept so that v1 pages keep one shape
 * @param scope           the site the page was built for (the kiosk's site); a kiosk refuses a page for another
 * @param serverTime      the server's clock when it built the page (the kiosk derives its clock drift)
 * @param reset           the first page of a <em>snapshot</em>: {@code since} is 0 and the pages from this one to the
 *                        last of the run replace everything the receiver holds (sent to a kiosk whose checkpoint is
 *                        behind the tombstone horizon); see {@link #requireResetContinues}
 */
public record ChangePage(
        int protocolVersion,
        long since,
        long until,
        long latestSeq,
        boolean hasMore,
        List<Change> changes,
        String signature,
        String scope,
        java.time.Instant serverTime,
        boolean reset) {

    public ChangePage {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** An ordinary page (not the start of a snapshot). */
    public ChangePage(int protocolVersion, long since, long until, long latestSeq, boolean hasMore,
            List<Change> changes, String signature, String scope, java.time.Instant serverTime) {
        this(protocolVersion, since, until, latestSeq, hasMore, changes, signature, scope, serverTime, false);
    }

    /** A page without scope or server time (tests, and the unscoped first cut). */
    public ChangePage(int protocolVersion, long since, long until, long latestSeq, boolean hasMore,
            List<Change> changes, String signature) {
        this(protocolVersion, since, until, latestSeq, hasMore, changes, signature, null, null, false);
    }

    /** Refuses a page built for another site's scope. */
    public void requireScope(String site) {
        if (scope == null || !scope.equals(site)) {
            throw new SyncProtocolException("page is for site " + scope + ", this kiosk serves " + site);
        }
    }

    /**
     * Checks what a receiver must check before applying: the page continues from {@code checkpoint},
     * its changes are ordered and inside (since, until], and its bounds agree with its content.
     */
    public void requireContinues(long checkpoint) {
        requireVersion();
        if (reset) {
            throw new SyncProtocolException("page starts a snapshot, not a continuation of checkpoint " + checkpoint);
        }
        if (since != checkpoint) {
            throw new SyncProtocolException("page starts at " + since + " but the checkpoint is " + checkpoint);
        }
        requireOrderedWithinBounds();
    }

    /**
     * The check for the first page of a snapshot: it starts at 0 and is otherwise ordered and bounded like
     * any page. Whether the snapshot as a whole moves the receiver forward (its last page must end at or
     * after the receiver's checkpoint, else it is a replay) is checked by the receiver once it has the run.
     */
    public void requireResetContinues() {
        requireVersion();
        if (!reset || since != 0) {
            throw new SyncProtocolException("page is not the start of a snapshot (since " + since + ")");
        }
        requireOrderedWithinBounds();
    }

    /**
     * This page from {@code checkpoint} on, for a receiver that already holds part of it (a bundle page that
     * straddles the kiosk's checkpoint): the changes after {@code checkpoint}, {@code since = checkpoint}.
     * Sound because a page holds every change of its scope in (since, until].
     */
    public ChangePage after(long checkpoint) {
        if (reset || checkpoint < since || checkpoint >= until) {
            throw new SyncProtocolException("checkpoint " + checkpoint + " is not inside page (" + since + ", "
                    + until + "]");
        }
        return new ChangePage(protocolVersion, checkpoint, until, latestSeq, hasMore,
                changes.stream().filter(c -> c.seq() > checkpoint).toList(), signature, scope, serverTime, false);
    }

    private void requireVersion() {
        if (protocolVersion != SyncPaths.PROTOCOL_VERSION) {
            throw new SyncProtocolException("unsupported protocol version " + protocolVersion
                    + " (this end speaks " + SyncPaths.PROTOCOL_VERSION + ")");
        }
    }

    private void requireOrderedWithinBounds() {
        long previous = since;
        for (Change change : changes) {
            if (change.seq() <= previous || change.seq() > until) {
                throw new SyncProtocolException("change seq " + change.seq() + " is not after " + previous);
            }
            if (change.op() == ChangeOp.UPSERT && change.payload() == null) {
                throw new SyncProtocolException("upsert " + change.type() + " " + change.id() + " has no payload");
            }
            previous = change.seq();
        }
        // A scoped page may end after its last change (the server skipped other sites' records), never before.
        if (until < previous || (changes.isEmpty() && until < since)) {
            throw new SyncProtocolException("page says it ends at " + until + " but its last change is " + previous);
        }
        if (until > latestSeq) {
            throw new SyncProtocolException("page ends at " + until + ", after the server's latest " + latestSeq);
        }
    }
}
