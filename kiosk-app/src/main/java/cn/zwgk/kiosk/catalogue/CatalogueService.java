package cn.zwgk.kiosk.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.catalogue.ItemLink;
import cn.zwgk.core.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the resident screens read from the kiosk's catalogue. */
public final class CatalogueService {
    /** Ids are UUIDs; anything else (a mistyped or forged URL) is not looked up at all. */
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOMAIN_CODE = Pattern.compile(Domain.CODE_PATTERN);

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
        if (!isDomainCode(code)) {
            return Optional.empty();
        }
        return database.inTransaction(c -> store.domain(c, code));
    }

    public List<CatalogueItem> itemsOf(String domainCode) {
        return database.inTransaction(c -> store.itemsOf(c, domainCode));
    }

    /** The domain's 一级事项 with item counts, in list order; empty when the domain is unknown. */
    public List<Level1Entry> level1Entries(String domainCode) {
        if (!isDomainCode(domainCode)) {
            return List.of();
        }
        return database.inTransaction(c -> store.level1Entries(c, domainCode));
    }

    /** The 一级事项 with that key in that domain and its items, read in one transaction. */
    public Optional<Level1Page> level1(String domainCode, String key) {
        if (!isDomainCode(domainCode) || key == null) {
            return Optional.empty();
        }
        return database.inTransaction(c -> {
            Optional<Domain> domain = store.domain(c, domainCode);
            if (domain.isEmpty()) {
                return Optional.empty();
            }
            for (Level1Entry entry : store.level1Entries(c, domainCode)) {
                if (entry.key().equals(key)) {
                    return Optional.of(new Level1Page(domain.get(), entry, store.itemsOfLevel1(c, domainCode, entry.name())));
                }
            }
            return Optional.empty();
        });
    }

    public Optional<CatalogueItem> item(String id) {
        if (!isId(id)) {
            return Optional.empty();
        }
        return database.inTransaction(c -> store.item(c, id));
    }

    /** An entry with its domain and the linked entries this kiosk holds (links to missing entries are left out). */
    public Optional<ItemDetail> itemDetail(String id) {
        if (!isId(id)) {
            return Optional.empty();
        }
        return database.inTransaction(c -> {
            Optional<CatalogueItem> item = store.item(c, id);
            if (item.isEmpty()) {
                return Optional.empty();
            }
            List<CatalogueItem> linked = new ArrayList<>();
            for (ItemLink link : item.get().links()) {
                if (isId(link.targetId())) {
                    store.item(c, link.targetId()).ifPresent(linked::add);
                }
            }
            return Optional.of(new ItemDetail(item.get(), store.domain(c, item.get().domainCode()), linked));
        });
    }

    static boolean isId(String id) {
        return id != null && UUID.matcher(id).matches();
    }

    private static boolean isDomainCode(String code) {
        return code != null && DOMAIN_CODE.matcher(code).matches();
    }
}
