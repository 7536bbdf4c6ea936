package cn.zwgk.kiosk.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.store.Database;
import java.util.List;
import java.util.Optional;

/** What the resident screens read from the kiosk's catalogue. */
public final class CatalogueService {
    private final Database database;
    private final CatalogueStore store;

    public CatalogueService(Database database, CatalogueStore store) {
        this.database = database;
        this.store = store;
    }

    /** Domains that have items at this kiosk, with counts, in the central office's order. */
    public List<DomainTile> domainTiles() {
        return database.inTransaction(store::domainTiles);
    }

    public Optional<Domain> domain(String code) {
        return database.inTransaction(c -> store.domain(c, code));
    }

    public List<CatalogueItem> itemsOf(String domainCode) {
        return database.inTransaction(c -> store.itemsOf(c, domainCode));
    }

    public Optional<CatalogueItem> item(String id) {
        return database.inTransaction(c -> store.item(c, id));
    }
}
