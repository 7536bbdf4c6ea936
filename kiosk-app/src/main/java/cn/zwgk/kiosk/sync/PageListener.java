package cn.zwgk.kiosk.sync;

import cn.zwgk.core.sync.ChangePage;

/**
 * Hears of each page right after its Derby transaction committed, in the sync thread, before the next
 * page is fetched. Derived state (the search index) updates itself here; a listener that fails must
 * mark its state for rebuild rather than throw, because the page is already committed.
 */
@FunctionalInterface
public interface PageListener {
    void pageCommitted(ChangePage page);

    /**
     * The synced data was replaced as a whole (a snapshot, or a bundle applied in one transaction): derived
     * state should be rebuilt from the store. Default: nothing.
     */
    default void storeReplaced() {
    }
}
