package cn.zwgk.kiosk.search;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.ChangePage;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.kiosk.sync.PageListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with the kiosk's Derby store. Each committed sync page is applied to
 * the index right away ({@link PageListener}); when that fails, or when at start-up the index is missing,
 * corrupt, of an older schema or holds a different number of records than Derby, the index is rebuilt
 * from Derby in the background. Searches meanwhile get {@link SearchUnavailableException} (the service
 * answers from Derby instead), except while an intact but stale index is being refreshed.
 *
 * <p>Every catalogue entry and every published notice is indexed; which notices a search may return
 * (this kiosk's site and those above it, inside their publicity period) is decided per query.
 *
 * <p>One lock orders page updates and rebuilds: a rebuild reads Derby inside it, so a page committed
 * during a rebuild is applied after it, never overwritten by older data.
 */
public final class SearchIndexer implements PageListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexer.class);
    private static final int MAX_REBUILD_ATTEMPTS = 5;
    private static final long RETRY_DELAY_MS = 30_000;

    /** What searches can expect from the index right now. */
    public enum State { STARTING, READY, REBUILDING, FAILED, CLOSED }

    private final Path path;
    private final Database database;
    private final SearchStore store;
    private final ReentrantLock lock = new ReentrantLock();
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "search-index");
        thread.setDaemon(true);
        return thread;
    });
    private volatile SearchIndex index;
    private volatile State state = State.STARTING;
    /** Whether the open index may answer searches (intact, possibly a few pages behind). */
    private volatile boolean searchable;
    private volatile Future<?> pendingRebuild;
    /** Why the index found at the last start could not be used as it was (null: it could). */
    private volatile String startProblem;

    public SearchIndexer(Path path, Database database, SearchStore store) {
        this.path = path;
        this.database = database;
        this.store = store;
    }

    /**
     * Opens the index and checks it against Derby; schedules a rebuild in the background when it is not
     * complete. Never throws for a bad index: the kiosk must start either way.
     */
    public void start() {
        lock.lock();
        try {
            startProblem = null;
            index = SearchIndex.open(path);
            startProblem = index.openedFresh();
            long expected = database.inTransaction(store::countIndexable);
            long actual = index.docCount();
            if (index.openedFresh() == null && actual == expected) {
                searchable = true;
                state = State.READY;
                LOG.info("search index ready: {} documents", actual);
                return;
            }
            searchable = index.openedFresh() == null;
            if (startProblem == null) {
                startProblem = "holds " + actual + " documents, the store " + expected;
            }
            LOG.warn("search index {}: rebuilding from the store ({} documents expected, {} found)",
                    index.openedFresh() == null ? "is incomplete" : index.openedFresh(), expected, actual);
        } catch (IOException | RuntimeException e) {
            LOG.warn("search index at {} could not be opened ({}): rebuilding", path, e.toString());
            startProblem = "could not be opened (" + e + ")";
            closeQuietly();
            searchable = false;
        } finally {
            lock.unlock();
        }
        scheduleRebuild(0, 1);
    }

    String startProblem() {
        return startProblem;
    }

    public State state() {
        return state;
    }

    /** Whether searches are answered from the index (otherwise the caller must fall back). */
    public boolean isSearchable() {
        return searchable && index != null;
    }

    SearchIndex.Page search(Query query, int limit) {
        SearchIndex current = index;
        if (!searchable || current == null) {
            throw new SearchUnavailableException("search index is being prepared");
        }
        try {
            return current.search(query, limit);
        } catch (IOException | RuntimeException e) {
            LOG.warn("search failed on the index ({}): rebuilding it", e.toString());
            searchable = false;
            scheduleRebuild(0, 1);
            throw new SearchUnavailableException("search index failed: " + e.getMessage(), e);
        }
    }

    /** A snapshot replaced the synced data: rebuild from Derby in the background (search falls back meanwhile). */
    @Override
    public void storeReplaced() {
        scheduleRebuild(0, 1);
    }

    @Override
    public void pageCommitted(ChangePage page) {
        List<Document> upserts = new ArrayList<>();
        List<String> deletes = new ArrayList<>();
        lock.lock();
        try {
            if (state != State.READY || index == null) {
                return; // a rebuild is due; it reads Derby after this page committed
            }
            for (Change change : page.changes()) {
                collect(change, upserts, deletes);
            }
            if (!upserts.isEmpty() || !deletes.isEmpty()) {
                index.apply(upserts, deletes);
            }
        } catch (IOException | RuntimeException e) {
            // The page is committed in Derby; the index must catch up by a rebuild, not fail the sync.
            LOG.warn("search index update after page {}..{} failed ({}): rebuilding", page.since(), page.until(),
                    e.toString());
            state = State.REBUILDING;
            scheduleRebuild(0, 1);
        } finally {
            lock.unlock();
        }
    }

    private void collect(Change change, List<Document> upserts, List<String> deletes) {
        switch (change.type()) {
            case CATALOGUE_ITEM -> {
                if (change.op() == ChangeOp.DELETE) {
                    deletes.add(change.id());
                } else {
                    upserts.add(SearchDocuments.of(SyncJson.convert(change.payload(), CatalogueItem.class)));
                }
            }
            case NOTICE -> {
                Optional<Document> doc = change.op() == ChangeOp.DELETE ? Optional.empty()
                        : SearchDocuments.of(SyncJson.convert(change.payload(), Notice.class));
                if (doc.isPresent()) {
                    upserts.add(doc.get());
                } else {
                    deletes.add(change.id());
                }
            }
            default -> {
                // domains and sites are not searched
            }
        }
    }

    /** Rebuilds the index from Derby now, in the calling thread (the background rebuild runs this). */
    public void rebuild() throws IOException {
        lock.lock();
        try {
            if (state == State.CLOSED) {
                return;
            }
            state = State.REBUILDING;
            long start = System.nanoTime();
            try {
                fillFromStore();
            } catch (IOException | RuntimeException first) {
                // The writer may be broken (a failed replace closes it, a bad file can poison it): start
                // from a freshly opened index once before giving up on this attempt.
                LOG.warn("search index rebuild failed ({}): retrying on a freshly opened index", first.toString());
                closeQuietly();
                fillFromStore();
            }
            searchable = true;
            state = State.READY;
            LOG.info("search index rebuilt: {} documents in {} ms", index.docCount(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } finally {
            lock.unlock();
        }
    }

    private void fillFromStore() throws IOException {
        if (index == null) {
            index = SearchIndex.open(path);
        }
        index.replaceAll(sink -> database.useTransaction(c -> {
            store.forEachItem(c, item -> sink.accept(SearchDocuments.of(item)));
            store.forEachPublishedNotice(c, notice -> SearchDocuments.of(notice).ifPresent(sink));
        }));
    }

    private synchronized void scheduleRebuild(long delayMs, int attempt) {
        if (state == State.CLOSED || background.isShutdown()) {
            return;
        }
        Future<?> pending = pendingRebuild;
        if (pending != null && !pending.isDone() && delayMs == 0 && attempt == 1) {
            return; // one is already queued or running
        }
        state = State.REBUILDING;
        pendingRebuild = background.submit(() -> runRebuild(delayMs, attempt));
    }

    private void runRebuild(long delayMs, int attempt) {
        try {
            if (delayMs > 0) {
                Thread.sleep(delayMs);
            }
            rebuild();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            if (state == State.CLOSED) {
                return;
            }
            state = State.FAILED;
            if (attempt < MAX_REBUILD_ATTEMPTS) {
                LOG.error("search index rebuild failed (attempt {}), retrying in {} s: {}", attempt,
                        RETRY_DELAY_MS / 1000, e.toString());
                background.submit(() -> runRebuild(RETRY_DELAY_MS, attempt + 1));
            } else {
                LOG.error("search index rebuild failed {} times; search answers from the store until restart",
                        attempt, e);
            }
        }
    }

    /** Waits until no rebuild is queued or running (for tests and the benchmark). */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (System.nanoTime() < deadline) {
            Future<?> pending = pendingRebuild;
            if ((pending == null || pending.isDone()) && state != State.REBUILDING && state != State.STARTING) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Bytes of the index on disk (for the benchmark). */
    public long sizeOnDisk() throws IOException {
        SearchIndex current = index;
        return current == null ? 0 : current.sizeOnDisk();
    }

    private void closeQuietly() {
        SearchIndex current = index;
        index = null;
        searchable = false;
        if (current != null) {
            try {
                current.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("closing the broken search index failed: {}", e.toString());
            }
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
        lock.lock();
        try {
            state = State.CLOSED;
            closeQuietly();
        } finally {
            lock.unlock();
        }
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
