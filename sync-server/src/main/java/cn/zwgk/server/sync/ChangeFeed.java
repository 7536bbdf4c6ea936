package cn.zwgk.server.sync;

import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.SyncPaths;
import cn.zwgk.server.site.SiteStore;
import java.time.Clock;
import java.util.List;

/** Serves the change log to kiosks as pages, each limited to the asking kiosk's scope. */
public final class ChangeFeed {
    private final Database database;
    private final ChangeLogStore changeLog;
    private final SiteStore sites;
    private final Clock clock;
    /** Scopes by site: the hierarchy changes seldom, every page needs it. Entries expire after a while. */
    private final java.util.concurrent.ConcurrentHashMap<String, CachedScope> scopes =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.time.Duration SCOPE_CACHE = java.time.Duration.ofMinutes(5);

    private record CachedScope(List<String> sites, java.time.Instant until) {
    }

    public ChangeFeed(Database database, ChangeLogStore changeLog, SiteStore sites, Clock clock) {
        this.database = database;
        this.changeLog = changeLog;
        this.sites = sites;
        this.clock = clock;
    }

    /** The unscoped page after {@code since} (all records): for tools and tests of the log itself. */
    public ChangePage pageSince(long since, int limit) {
        return database.inTransaction(c -> {
            long latest = changeLog.latestSeq(c);
            List<Change> fetched = changeLog.since(c, since, limit + 1);
            boolean hasMore = fetched.size() > limit;
            List<Change> changes = hasMore ? fetched.subList(0, limit) : fetched;
            long until = changes.isEmpty() ? since : changes.getLast().seq();
            return new ChangePage(SyncPaths.PROTOCOL_VERSION, since, until, Math.max(latest, until), hasMore,
                    changes, null);
        });
    }

    /**
     * The page after {@code since} for a kiosk of {@code site}: district-wide records and those of the site
     * and the sites above it. When the scope has nothing more, the page ends at the log's latest seq, so the
     * kiosk moves past other sites' records without fetching them.
     */
    public ChangePage pageFor(String site, long since, int limit) {
        return pageFor(site, since, limit, false);
    }

    /**
     * As {@link #pageFor(String, long, int)}; but a kiosk whose checkpoint is above 0 and below the tombstone
     * horizon may have missed deletions that are no longer in the log, so it gets the first page of a
     * snapshot instead (from seq 0, {@code reset}), unless it says it is already inside one
     * ({@code continuingSnapshot}).
     */
    public ChangePage pageFor(String site, long since, int limit, boolean continuingSnapshot) {
        return database.inTransaction(c -> {
            long latest = Math.max(changeLog.latestSeq(c), since);
            boolean reset = !continuingSnapshot && since > 0 && since < changeLog.horizon(c);
            long from = reset ? 0 : since;
            List<Change> fetched = changeLog.scoped(c, from, latest, scope(c, site), limit + 1);
            boolean hasMore = fetched.size() > limit;
            List<Change> changes = hasMore ? fetched.subList(0, limit) : fetched;
            long until = hasMore ? changes.getLast().seq() : latest;
            return new ChangePage(SyncPaths.PROTOCOL_VERSION, from, until, latest, hasMore, changes, null, site,
                    clock.instant(), reset);
        });
    }

    public long latestUrgent(String site) {
        return database.inTransaction(c -> changeLog.latestUrgent(c, scope(c, site)));
    }

    private List<String> scope(java.sql.Connection c, String site) throws java.sql.SQLException {
        java.time.Instant now = clock.instant();
        CachedScope cached = scopes.get(site);
        if (cached != null && cached.until().isAfter(now)) {
            return cached.sites();
        }
        List<String> chain = sites.withAncestors(c, site);
        List<String> scope = List.copyOf(chain.subList(0, Math.min(3, chain.size())));
        scopes.put(site, new CachedScope(scope, now.plus(SCOPE_CACHE)));
        return scope;
    }

    public long latestSeq() {
        return database.inTransaction(changeLog::latestSeq);
    }
}
