package cn.zwgk.kiosk.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.catalogue.ItemKind;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.Breadcrumb;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One catalogue entry: every element of the standard catalogue, the document block, the QR code of its
 * online page and its linked 解读 / 热点问答. A linked entry is opened with {@code ?from=<item id>} so that
 * its 返回 leads back to the item the resident came from.
 */
@Route(value = "item", layout = KioskLayout.class)
@StyleSheet("catalogue.css")
public class ItemView extends Div implements HasUrlParameter<String>, HasDynamicTitle {
    static final String FROM = "from";

    private final KioskServices services;
    private String title;

    public ItemView(KioskServices services) {
        this.services = services;
        this.title = getTranslation("catalogue.title");
        addClassName("item-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        ItemDetail detail = services.catalogue().itemDetail(id).orElse(null);
        if (detail == null) {
            add(new Breadcrumb(homeLink(), new Span(getTranslation("catalogue.crumb.notFound"))),
                    KioskLayout.backTo(HomeView.class), notFound());
            return;
        }
        CatalogueItem item = detail.item();
        services.search().recordView(item.id()); // feeds "常用事项" (counts only, no resident data)
        title = getTranslation("catalogue.title.suffix", item.name());
        String from = event.getLocation().getQueryParameters().getSingleParameter(FROM)
                .filter(CatalogueService::isId).filter(f -> !f.equals(item.id())).orElse(null);

        add(breadcrumb(detail), back(detail, from), heading(item));
        languageNote(item).ifPresent(this::add);

        Div layout = new Div();
        layout.addClassName("item-layout");
        ItemElements elements = new ItemElements(item);
        if (!detail.linked().isEmpty()) {
            elements.add(linked(item, detail.linked()));
        }
        layout.add(elements, new QrPanel(item.onlineUrl()));
        add(layout);
    }

    private Component breadcrumb(ItemDetail detail) {
        List<Component> steps = new ArrayList<>();
        steps.add(homeLink());
        detail.domain().ifPresent(d -> {
            steps.add(new RouterLink(d.name(), DomainView.class, d.code()));
            if (detail.item().kind() == ItemKind.ITEM) {
                steps.add(new RouterLink(detail.item().level1(), Level1View.class,
                        Level1View.parameters(d.code(), detail.level1().key())));
            }
        });
        Span current = new Span(detail.item().name());
        current.addClassName("crumb-current");
        steps.add(current);
        return new Breadcrumb(steps.toArray(Component[]::new));
    }

    /** The screen above: the item a linked entry was opened from, else the 一级事项, else the domain. */
    private static Component back(ItemDetail detail, String from) {
        if (from != null) {
            return KioskLayout.backTo(ItemView.class, from);
        }
        Optional<Domain> domain = detail.domain();
        if (domain.isEmpty()) {
            return KioskLayout.backTo(HomeView.class);
        }
        if (detail.item().kind() == ItemKind.ITEM) {
            return KioskLayout.backTo(Level1View.class, Level1View.parameters(domain.get().code(), detail.level1().key()));
        }
        return KioskLayout.backTo(DomainView.class, domain.get().code());
    }

    private Component heading(CatalogueItem item) {
        H1 heading = new H1();
        if (item.kind() != null && item.kind() != ItemKind.ITEM) {
            Span kind = new Span(getTranslation("catalogue.kind." + item.kind().name()));
            kind.addClassName("kind-badge");
            heading.add(kind);
        }
        heading.add(new Span(item.name()));
        heading.addClassName("item-title");
        return heading;
    }

    /** A small note when the entry's text is in another variant than the screen's language. */
    private Optional<Component> languageNote(CatalogueItem item) {
        String itemVariant = "zh-Hant".equals(item.language()) ? "zh-Hant" : "zh-Hans";
        if (itemVariant.equals(uiVariant(getLocale()))) {
            return Optional.empty();
        }
        Paragraph note = new Paragraph(getTranslation("catalogue.item.language." + itemVariant));
        note.addClassName("language-note");
        return Optional.of(note);
    }

    static String uiVariant(Locale locale) {
        if (locale == null) {
            return "zh-Hans";
        }
        if ("mn".equals(locale.getLanguage())) {
            return "mn";
        }
        boolean traditional = "Hant".equals(locale.getScript())
                || List.of("TW", "HK", "MO").contains(locale.getCountry());
        return traditional ? "zh-Hant" : "zh-Hans";
    }

    private Component linked(CatalogueItem item, List<CatalogueItem> entries) {
        Section section = new Section(new H2(getTranslation("catalogue.item.linked")));
        section.addClassName("linked-entries");
        for (CatalogueItem entry : entries) {
            Span kind = new Span(getTranslation("catalogue.kind." + entry.kind().name()));
            kind.addClassName("kind-badge");
            Span name = new Span(entry.name());
            name.addClassName("row-name");
            RouterLink row = new RouterLink(ItemView.class, entry.id());
            row.setQueryParameters(QueryParameters.of(FROM, item.id()));
            row.add(kind, name);
            row.addClassNames("touch-row", "linked-row");
            section.add(row);
        }
        return section;
    }

    private Paragraph notFound() {
        Paragraph p = new Paragraph(getTranslation("catalogue.item.notFound"));
        p.addClassName("empty");
        return p;
    }

    private RouterLink homeLink() {
        return new RouterLink(getTranslation("catalogue.crumb.home"), HomeView.class);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
