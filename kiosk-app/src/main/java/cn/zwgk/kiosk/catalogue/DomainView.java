package cn.zwgk.kiosk.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.Breadcrumb;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One domain: its items grouped by 一级事项, each opening the item screen. */
@Route(value = "domain", layout = KioskLayout.class)
public class DomainView extends Div implements HasUrlParameter<String>, HasDynamicTitle {
    private final KioskServices services;
    private String title = "政务公开查询";

    public DomainView(KioskServices services) {
        this.services = services;
        addClassName("domain-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String code) {
        removeAll();
        Domain domain = services.catalogue().domain(code).orElse(null);
        if (domain == null) {
            add(new Breadcrumb(new RouterLink("首页", HomeView.class), new Span("未找到")), KioskLayout.backTo(HomeView.class),
                    new Paragraph("没有找到这个领域，它可能已被调整。请返回首页重新选择。"));
            return;
        }
        title = domain.name() + " · 政务公开查询";
        add(new Breadcrumb(new RouterLink("首页", HomeView.class), new Span(domain.name())),
                KioskLayout.backTo(HomeView.class), new H1(domain.name()));

        Map<String, List<CatalogueItem>> byLevel1 = new LinkedHashMap<>();
        for (CatalogueItem item : services.catalogue().itemsOf(code)) {
            byLevel1.computeIfAbsent(item.level1(), k -> new java.util.ArrayList<>()).add(item);
        }
        if (byLevel1.isEmpty()) {
            add(new Paragraph("这个领域暂时没有公开事项。"));
        }
        byLevel1.forEach((level1, items) -> {
            Div group = new Div(new H2(level1));
            group.addClassName("level1-group");
            for (CatalogueItem item : items) {
                RouterLink link = new RouterLink(item.name(), ItemView.class, item.id());
                link.addClassName("item-row");
                group.add(link);
            }
            add(group);
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
