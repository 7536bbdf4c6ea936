package cn.zwgk.kiosk.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import java.util.List;
import java.util.Optional;

/**
 * One catalogue entry with what its screen needs around it.
 *
 * @param item   the entry
 * @param domain its domain, empty when the kiosk no longer holds it
 * @param linked the 解读 / 热点问答 it links to that this kiosk holds, in the item's order
 */
public record ItemDetail(CatalogueItem item, Optional<Domain> domain, List<CatalogueItem> linked) {

    public ItemDetail {
        linked = List.copyOf(linked);
    }

    public Level1Entry level1() {
        return Level1Entry.of(item.level1(), 0);
    }
}
