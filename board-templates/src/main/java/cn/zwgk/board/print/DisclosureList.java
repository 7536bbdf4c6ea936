package cn.zwgk.board.print;

import cn.zwgk.core.catalogue.CatalogueItem;
import java.time.LocalDate;
import java.util.List;

/**
 * What a printed disclosure list (公开事项清单) shows: a title (e.g. "社会保险领域公开事项清单"), the site
 * that printed it, the day, the catalogue version it was printed from (the kiosk's sync checkpoint, so a
 * paper list can be traced to the data behind it) and the items, in print order.
 */
public record DisclosureList(String title, String siteName, LocalDate printedOn, long catalogueVersion,
        List<CatalogueItem> items) {

    public DisclosureList {
        items = List.copyOf(items);
    }
}
