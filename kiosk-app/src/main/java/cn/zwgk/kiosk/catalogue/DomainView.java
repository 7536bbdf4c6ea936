package cn.zwgk.kiosk.catalogue;

import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.Breadcrumb;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/** One domain (领域): its 一级事项 as large touch rows with their item counts, each opening the level-1 screen. */
@Route(value = "domain", layout = KioskLayout.class)
@StyleSheet("catalogue.css")
public class DomainView extends Div implements HasUrlParameter<String>, HasDynamicTitle {
    private final KioskServices services;
    private String title;

    public DomainView(KioskServices services) {
        this.services = services;
        this.title = getTranslation("catalogue.title");
        addClassName("domain-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        Domain domain = services.catalogue().domain(code).orElse(null);
        if (domain == null) {
            add(new Breadcrumb(homeLink(), new Span(getTranslation("catalogue.crumb.notFound"))),
                    KioskLayout.backTo(HomeView.class), message("catalogue.domain.notFound"));
            return;
        }
        title = getTranslation("catalogue.title.suffix", domain.name());
        add(new Breadcrumb(homeLink(), new Span(domain.name())), KioskLayout.backTo(HomeView.class),
                new H1(domain.name()));

        List<Level1Entry> entries = services.catalogue().level1Entries(code);
        if (entries.isEmpty()) {
            add(message("catalogue.domain.empty"));
            return;
        }
        Paragraph hint = new Paragraph(getTranslation("catalogue.domain.hint"));
        hint.addClassName("hint");
        Div rows = new Div();
        rows.addClassName("level1-rows");
        for (Level1Entry entry : entries) {
            Span name = new Span(entry.name());
            name.addClassName("row-name");
            Span count = new Span(getTranslation("catalogue.domain.count", entry.itemCount()));
            count.addClassName("row-count");
            RouterLink row = new RouterLink(Level1View.class, Level1View.parameters(code, entry.key()));
            row.add(name, count);
            row.addClassNames("touch-row", "level1-row");
            rows.add(row);
        }
        add(hint, rows);
    }

    private RouterLink homeLink() {
        return new RouterLink(getTranslation("catalogue.crumb.home"), HomeView.class);
    }

    private Paragraph message(String key) {
        Paragraph p = new Paragraph(getTranslation(key));
        p.addClassName("empty");
        return p;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
