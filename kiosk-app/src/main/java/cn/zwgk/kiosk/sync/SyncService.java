package cn.zwgk.kiosk.sync;

import cn.zwgk.core.ZwgkException;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.store.StoreException;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.SyncPaths;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls the central change log page by page. Each page is checked (continuity, order) and then applied
 * together with the checkpoint move in one Derby transaction: a crash or a bad page anywhere leaves the
 * kiosk exactly at the last whole page, and the next run resumes there. Failures are recorded in the
 * store and returned, not thrown.
 */
public final class SyncService {
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);
    /** Bounds one run; a log longer than this continues at the next run. */
    private static final int MAX_PAGES_PER_RUN = 10_000;

    private final Database database;
    private final SyncClient client;
    private final PageApplier applier;
    private final SyncStateStore state;
    private final Clock clock;
    private final int pageSize;
    private final ReentrantLock running = new ReentrantLock();
    private final List<PageListener> listeners = new CopyOnWriteArrayList<>();

    public SyncService(Database database, SyncClient client, PageApplier applier, SyncStateStore state, Clock clock,
            int pageSize) {
        this.database = database;
        this.client = client;
        this.applier = applier;
        this.state = state;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    public SyncService(Database database, SyncClient client, PageApplier applier, SyncStateStore state, Clock clock) {
        this(database, client, applier, state, clock, SyncPaths.DEFAULT_PAGE_SIZE);
    }

    /** {@code listener} hears of every page right after it committed (e.g. to update the search index). */
    public void addPageListener(PageListener listener) {
        listeners.add(listener);
    }

    /** Runs one sync to the end of the server's log, unless one is already running (then returns at once). */
    public SyncResult syncNow() {
        if (!running.tryLock()) {
            return new SyncResult(false, 0, 0, currentState().checkpoint(), "a sync is already running");
        }
        try {
            return run();
        } finally {
            running.unlock();
        }
    }

    public SyncState currentState() {
        return database.inTransaction(state::read);
    }

    private SyncResult run() {
        int pages = 0;
        int changes = 0;
        long checkpoint = currentState().checkpoint();
        try {
            for (boolean more = true; more && pages < MAX_PAGES_PER_RUN; pages++) {
                ChangePage page = client.fetch(checkpoint, pageSize);
                checkpoint = applyPage(page);
                for (PageListener listener : listeners) {
                    listener.pageCommitted(page);
                }
                changes += page.changes().size();
                // After the last page with changes, one more (empty) request tells the server where the
                // kiosk stands, so its view of this kiosk is the committed checkpoint, not a guess.
                more = page.hasMore() || !page.changes().isEmpty();
            }
            database.useTransaction(c -> state.recordSuccess(c, clock.instant()));
            LOG.info("sync done: {} pages, {} changes, checkpoint {}", pages, changes, checkpoint);
            return new SyncResult(true, pages, changes, checkpoint, null);
        } catch (RuntimeException e) {
            // Protocol, transport and store failures are expected on bad links; anything else is a bug,
            // but it must still be recorded, and the page it hit was rolled back either way.
            String reason = e instanceof ZwgkException ? e.getMessage() : e.toString();
            LOG.warn("sync stopped at checkpoint {} after {} pages: {}", checkpoint, pages, reason);
            recordFailure(reason);
            return new SyncResult(false, pages, changes, checkpoint, reason);
        }
    }

    private long applyPage(ChangePage page) {
        return database.inTransaction(c -> {
            long checkpoint = state.lockCheckpoint(c);
            page.requireContinues(checkpoint);
            for (Change change : page.changes()) {
                applier.apply(c, change);
            }
            if (!state.moveCheckpoint(c, checkpoint, page.until(), page.latestSeq())) {
                throw new IllegalStateException("checkpoint moved under a locked row");
            }
            return page.until();
        });
    }

    private void recordFailure(String reason) {
        try {
            database.useTransaction(c -> state.recordFailure(c, clock.instant(), reason));
        } catch (StoreException e) {
            LOG.error("could not record the sync failure ({}): {}", reason, e.getMessage());
        }
    }
}
