package cn.zwgk.kiosk.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.Breadcrumb;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * One 一级事项 of a domain: its items as large touch rows. The URL carries the domain code and a key
 * derived from the 一级事项's name ({@link Level1Entry#keyOf}), so it needs no Chinese in the path and
 * stays valid across syncs that do not rename the 一级事项.
 */
@Route(value = "level1/:domain/:key", layout = KioskLayout.class)
@StyleSheet("catalogue.css")
public class Level1View extends Div implements BeforeEnterObserver, HasDynamicTitle {
    static final String DOMAIN = "domain";
    static final String KEY = "key";

    private final KioskServices services;
    private String title;

    public Level1View(KioskServices services) {
        this.services = services;
        this.title = getTranslation("catalogue.title");
        addClassName("level1-view");
    }

    public static RouteParameters parameters(String domainCode, String level1Key) {
        return new RouteParameters(java.util.Map.of(DOMAIN, domainCode, KEY, level1Key));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String domainCode = event.getRouteParameters().get(DOMAIN).orElse("");
        String key = event.getRouteParameters().get(KEY).orElse("");
        Level1Page page = services.catalogue().level1(domainCode, key).orElse(null);
        if (page == null) {
            showNotFound(domainCode);
            return;
        }
        title = getTranslation("catalogue.title.suffix", page.level1().name());
        add(new Breadcrumb(homeLink(), new RouterLink(page.domain().name(), DomainView.class, page.domain().code()),
                new Span(page.level1().name())), KioskLayout.backTo(DomainView.class, page.domain().code()),
                new H1(page.level1().name()));
        Paragraph hint = new Paragraph(getTranslation("catalogue.level1.count", page.items().size()) + " · "
                + getTranslation("catalogue.level1.hint"));
        hint.addClassName("hint");
        Div rows = new Div();
        rows.addClassName("item-rows");
        for (CatalogueItem item : page.items()) {
            rows.add(itemRow(item));
        }
        add(hint, rows);
    }

    private RouterLink itemRow(CatalogueItem item) {
        Span name = new Span(item.name());
        name.addClassName("row-name");
        RouterLink row = new RouterLink(ItemView.class, item.id());
        row.add(name);
        if (item.document() != null && item.document().documentNo() != null && !item.document().documentNo().isBlank()) {
            Span number = new Span(item.document().documentNo());
            number.addClassName("row-detail");
            row.add(number);
        }
        row.addClassNames("touch-row", "item-row");
        return row;
    }

    private void showNotFound(String domainCode) {
        var domain = services.catalogue().domain(domainCode);
        Paragraph message = new Paragraph(getTranslation(domain.isPresent() ? "catalogue.level1.notFound"
                : "catalogue.domain.notFound"));
        message.addClassName("empty");
        if (domain.isPresent()) {
            add(new Breadcrumb(homeLink(), new RouterLink(domain.get().name(), DomainView.class, domain.get().code()),
                    new Span(getTranslation("catalogue.crumb.notFound"))),
                    KioskLayout.backTo(DomainView.class, domain.get().code()), message);
        } else {
            add(new Breadcrumb(homeLink(), new Span(getTranslation("catalogue.crumb.notFound"))),
                    KioskLayout.backTo(HomeView.class), message);
        }
    }

    private RouterLink homeLink() {
        return new RouterLink(getTranslation("catalogue.crumb.home"), HomeView.class);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
