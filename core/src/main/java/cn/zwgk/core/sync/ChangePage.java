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
        java.time.Instant serverTime) {

    public ChangePage {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** A page without scope or server time (tests, and the unscoped first cut). */
    public ChangePage(int protocolVersion, long since, long until, long latestSeq, boolean hasMore,
            List<Change> changes, String signature) {
        this(protocolVersion, since, until, latestSeq, hasMore, changes, signature, null, null);
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
        if (protocolVersion != SyncPaths.PROTOCOL_VERSION) {
            throw new SyncProtocolException("unsupported protocol version " + protocolVersion
                    + " (this end speaks " + SyncPaths.PROTOCOL_VERSION + ")");
        }
        if (since != checkpoint) {
            throw new SyncProtocolException("page starts at " + since + " but the checkpoint is " + checkpoint);
        }
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
