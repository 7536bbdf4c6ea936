package cn.zwgk.kiosk.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import java.util.List;

/** What the level-1 screen shows: the domain, the 一级事项 and its items. */
public record Level1Page(Domain domain, Level1Entry level1, List<CatalogueItem> items) {

    public Level1Page {
        items = List.copyOf(items);
    }
}
