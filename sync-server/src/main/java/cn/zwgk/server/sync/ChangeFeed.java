package cn.zwgk.server.sync;

import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.SyncPaths;
import java.util.List;

/** Serves the change log to kiosks as pages. */
public final class ChangeFeed {
    private final Database database;
    private final ChangeLogStore changeLog;

    public ChangeFeed(Database database, ChangeLogStore changeLog) {
        this.database = database;
        this.changeLog = changeLog;
    }

    /** The page after {@code since}: at most {@code limit} changes, {@code hasMore} when the log goes on. */
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

    public long latestSeq() {
        return database.inTransaction(changeLog::latestSeq);
    }
}
