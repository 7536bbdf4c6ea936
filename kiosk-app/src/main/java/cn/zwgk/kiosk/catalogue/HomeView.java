package cn.zwgk.kiosk.catalogue;

import cn.zwgk.kiosk.notice.NoticeListView;
import cn.zwgk.kiosk.search.SearchView;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/**
 * Home: two large ways in, search and the community's notices (居务公开), then the disclosure domains as
 * touch tiles with their item counts. Domains without items at this kiosk are not shown.
 */
@Route(value = "", layout = KioskLayout.class)
@StyleSheet("catalogue.css")
public class HomeView extends Div implements HasDynamicTitle {

    public HomeView(KioskServices services) {
        addClassName("home-view");
        Div entries = new Div(searchEntry(), noticesEntry(services.notices().board().size()),
                new cn.zwgk.kiosk.request.RequestEntry());
        entries.addClassName("home-entries");
        add(entries);

        H1 heading = new H1(getTranslation("catalogue.home.title"));
        add(heading);
        List<DomainTile> tiles = services.catalogue().domainTiles();
        if (tiles.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("catalogue.home.empty"));
            empty.addClassName("empty");
            add(empty);
            return;
        }
        Paragraph hint = new Paragraph(getTranslation("catalogue.home.hint"));
        hint.addClassName("hint");
        Div grid = new Div();
        grid.addClassName("domain-tiles");
        for (DomainTile tile : tiles) {
            Span name = new Span(tile.domain().name());
            name.addClassName("tile-name");
            Span count = new Span(getTranslation("catalogue.home.tileCount", tile.itemCount()));
            count.addClassName("tile-count");
            RouterLink link = new RouterLink(DomainView.class, tile.domain().code());
            link.add(name, count);
            link.addClassName("domain-tile");
            grid.add(link);
        }
        add(hint, grid);
    }

    private RouterLink searchEntry() {
        Span name = new Span(getTranslation("catalogue.home.search"));
        name.addClassName("home-entry-name");
        Span hint = new Span(getTranslation("catalogue.home.search.hint"));
        hint.addClassName("home-entry-hint");
        RouterLink entry = new RouterLink(SearchView.class);
        entry.add(name, hint);
        entry.addClassNames("home-entry", "search-entry");
        return entry;
    }

    private RouterLink noticesEntry(int visibleNotices) {
        Span name = new Span(getTranslation("catalogue.home.notices"));
        name.addClassName("home-entry-name");
        Span hint = new Span(getTranslation("catalogue.home.notices.hint"));
        hint.addClassName("home-entry-hint");
        Span count = new Span(visibleNotices == 0 ? getTranslation("catalogue.home.notices.none")
                : getTranslation("catalogue.home.notices.count", visibleNotices));
        count.addClassName("notice-entry-count");
        RouterLink entry = new RouterLink(NoticeListView.class);
        entry.add(name, hint, count);
        entry.addClassNames("home-entry", "notice-entry");
        return entry;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title.suffix", getTranslation("catalogue.crumb.home"));
    }
}
