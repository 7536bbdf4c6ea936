package cn.zwgk.kiosk.sync;

import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.SyncProtocolException;
import java.util.Iterator;
import java.util.List;

/**
 * Applies verified pages with the checkpoint rules of docs/SYNC.md, whatever brought them (HTTP, a bundle
 * file): a page continues from the checkpoint, is applied and moves the checkpoint in one Derby
 * transaction. A run of pages ({@link #commitRun}) is applied in one transaction; a run that starts with a
 * snapshot page first empties the synced tables, and must end at or after the checkpoint (otherwise it is
 * an old snapshot replayed). Listeners hear of what committed.
 */
public final class PageCommitter {
    private final Database database;
    private final PageApplier applier;
    private final SyncStateStore state;
    private final List<PageListener> listeners;

    /** What a run changed. */
    public record Run(long checkpoint, int pages, long changes, boolean reset) {
    }

    PageCommitter(Database database, PageApplier applier, SyncStateStore state, List<PageListener> listeners) {
        this.database = database;
        this.applier = applier;
        this.state = state;
        this.listeners = listeners;
    }

    /** One page in its own transaction; returns the new checkpoint. */
    public long commit(ChangePage page) {
        long until = database.inTransaction(c -> {
            long checkpoint = state.lockCheckpoint(c);
            page.requireContinues(checkpoint);
            applier.applyAll(c, page.changes());
            move(c, checkpoint, page);
            return page.until();
        });
        listeners.forEach(l -> l.pageCommitted(page));
        return until;
    }

    /**
     * Pages in one transaction. {@code pages} is iterated once inside the transaction; after the commit,
     * listeners hear of each page again from {@code replay} (null: the run was a snapshot, listeners rebuild).
     */
    public Run commitRun(Iterator<ChangePage> pages, Iterable<ChangePage> replay) {
        Run run = database.inTransaction(c -> {
            long start = state.lockCheckpoint(c);
            long checkpoint = start;
            int count = 0;
            long changes = 0;
            boolean reset = false;
            while (pages.hasNext()) {
                ChangePage page = pages.next();
                if (count == 0 && page.reset()) {
                    page.requireResetContinues();
                    SyncedTables.clear(c);
                    reset = true;
                } else {
                    page.requireContinues(checkpoint);
                }
                applier.applyAll(c, page.changes());
                move(c, checkpoint, page);
                checkpoint = page.until();
                count++;
                changes += page.changes().size();
            }
            if (reset && checkpoint < start) {
                throw new SyncProtocolException("snapshot ends at " + checkpoint + " but the checkpoint is " + start
                        + " (an old snapshot replayed)");
            }
            return new Run(checkpoint, count, changes, reset);
        });
        if (run.reset() || replay == null) {
            listeners.forEach(PageListener::storeReplaced);
        } else {
            for (ChangePage page : replay) {
                listeners.forEach(l -> l.pageCommitted(page));
            }
        }
        return run;
    }

    private void move(java.sql.Connection c, long checkpoint, ChangePage page) throws java.sql.SQLException {
        if (!state.moveCheckpoint(c, checkpoint, page.until(), page.latestSeq())) {
            throw new IllegalStateException("checkpoint moved under a locked row");
        }
    }
}
