package cn.zwgk.server.catalogue.history;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import java.util.List;

/** Who changed a catalogue item, when and to what: for the console's item history. */
public final class CatalogueHistory {
    private final Database database;
    private final CatalogueHistoryStore store;

    public CatalogueHistory(Database database, CatalogueHistoryStore store) {
        this.database = database;
        this.store = store;
    }

    /** Every version of the item, newest first; empty when the id was never written. */
    public List<ItemVersion> of(StaffSession who, String itemId) {
        who.require(Role.CATALOGUE_EDITOR, Role.CENTRAL_ADMIN);
        return database.inTransaction(c -> store.history(c, itemId));
    }
}
