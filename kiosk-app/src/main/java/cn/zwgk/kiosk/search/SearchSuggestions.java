package cn.zwgk.kiosk.search;

import cn.zwgk.kiosk.catalogue.DomainTile;
import cn.zwgk.kiosk.catalogue.DomainView;
import cn.zwgk.kiosk.catalogue.ItemView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/** What to offer when a search found nothing: the domain tiles and popular items. */
class SearchSuggestions extends Div {

    SearchSuggestions(List<DomainTile> domains, List<SearchStore.PopularItem> popular) {
        addClassName("search-suggestions");
        if (!popular.isEmpty()) {
            Div items = new Div();
            items.addClassName("search-popular");
            for (SearchStore.PopularItem item : popular) {
                RouterLink link = new RouterLink(item.name(), ItemView.class, item.id());
                link.addClassName("search-popular-item");
                items.add(link);
            }
            add(new H2(getTranslation("search.suggest.popular")), items);
        }
        if (!domains.isEmpty()) {
            Div tiles = new Div();
            tiles.addClassName("search-domains");
            for (DomainTile tile : domains) {
                RouterLink link = new RouterLink(tile.domain().name(), DomainView.class, tile.domain().code());
                link.addClassName("search-domain");
                tiles.add(link);
            }
            add(new H2(getTranslation("search.suggest.domains")), tiles);
        }
    }
}
