package cn.zwgk.kiosk.ui;

import cn.zwgk.kiosk.sync.SyncState;
import cn.zwgk.kiosk.sync.SyncStatusText;
import cn.zwgk.kiosk.system.KioskServices;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;

/** Frame of every resident screen: title bar with 首页, the screen, and the data-freshness line. */
public class KioskLayout extends Div implements RouterLayout, AfterNavigationObserver {
    private final KioskServices services;
    private final Main content = new Main();
    private final Span freshness = new Span();

    public KioskLayout(KioskServices services) {
        this.services = services;
        addClassName("kiosk");
        RouterLink title = new RouterLink("政务公开查询", cn.zwgk.kiosk.catalogue.HomeView.class);
        title.addClassName("kiosk-title");
        RouterLink home = new RouterLink("首页", cn.zwgk.kiosk.catalogue.HomeView.class);
        home.addClassNames("big-button", "home-button");
        Header header = new Header(title, home);
        header.addClassName("kiosk-header");
        content.addClassName("kiosk-content");
        freshness.setId("freshness");
        Footer footer = new Footer(freshness);
        footer.addClassName("kiosk-footer");
        add(header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        SyncState state = services.sync().currentState();
        Instant now = Instant.now();
        freshness.setText(SyncStatusText.describe(state, now, services.config().zone()));
        freshness.setClassName("warning", SyncStatusText.isWarning(state, now));
    }

    /** A large "返回" button that goes one step back in the browser history. */
    public static Component backButton() {
        com.vaadin.flow.component.button.Button back = new com.vaadin.flow.component.button.Button("‹ 返回",
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
        back.addClassNames("big-button", "back-button");
        return back;
    }
}
