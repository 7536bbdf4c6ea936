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
import com.vaadin.flow.router.HasUrlParameter;
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
        RouterLink title = new RouterLink(getTranslation("ui.app.title"), cn.zwgk.kiosk.catalogue.HomeView.class);
        title.addClassName("kiosk-title");
        RouterLink home = new RouterLink(getTranslation("ui.nav.home"), cn.zwgk.kiosk.catalogue.HomeView.class);
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
        Instant now = services.clock().instant();
        freshness.setText(SyncStatusText.describe(state, now, services.config().zone()));
        freshness.setClassName("warning", SyncStatusText.isWarning(state, now));
    }

    /**
     * A large "返回" that goes to the screen above this one (not browser history: after an idle reset or
     * a scanned link there may be no history, and a kiosk must never leave its own screens).
     */
    public static Component backTo(Class<? extends Component> parent) {
        RouterLink back = new RouterLink("‹ 返回", parent);
        back.addClassNames("big-button", "back-button");
        return back;
    }

    public static <T, C extends Component & HasUrlParameter<T>> Component backTo(Class<? extends C> parent, T parameter) {
        RouterLink back = new RouterLink("‹ 返回", parent, parameter);
        back.addClassNames("big-button", "back-button");
        return back;
    }
}
