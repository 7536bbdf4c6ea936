package cn.zwgk.kiosk.ui;

import cn.zwgk.kiosk.catalogue.HomeView;
import cn.zwgk.kiosk.i18n.KioskI18NProvider;
import cn.zwgk.kiosk.search.SearchView;
import cn.zwgk.kiosk.sync.SyncState;
import cn.zwgk.kiosk.sync.SyncStatusText;
import cn.zwgk.kiosk.system.KioskServices;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;

/**
 * Frame of every resident screen: a title bar with the language switch, 大字模式 / 高对比度 and 首页;
 * the screen itself; the data-freshness line; and the idle reset that protects the next resident.
 * In Mongolian the whole frame is written vertically ({@code html.lang-mn} in {@code styles.css}).
 */
public class KioskLayout extends Div implements RouterLayout, AfterNavigationObserver {
    private final KioskServices services;
    private final Main content = new Main();
    private final Span freshness = new Span();

    public KioskLayout(KioskServices services) {
        this.services = services;
        addClassName("kiosk");
        content.addClassName("kiosk-content");
        content.setId("content");
        freshness.setId("freshness");
        // The locked-down browser has no address bar: this is the staff's way in (a login guards every /staff page).
        Anchor staff = new Anchor("staff", getTranslation("ui.nav.staff"));
        staff.setId("staff-entry");
        staff.addClassName("staff-entry");
        Footer footer = new Footer(freshness, staff);
        footer.addClassName("kiosk-footer");
        add(header(), content, footer, new IdleReset(services.config().idleTimeout()));
    }

    private Header header() {
        RouterLink title = new RouterLink(getTranslation("ui.app.title"), HomeView.class);
        title.addClassName("kiosk-title");
        RouterLink home = new RouterLink(getTranslation("ui.nav.home"), HomeView.class);
        home.addClassNames("big-button", "home-button");
        ResidentSettings settings = ResidentSettings.of(VaadinSession.getCurrent());
        RouterLink search = new RouterLink(getTranslation("search.nav.button"), SearchView.class);
        search.addClassNames("big-button", "search-button");
        Nav tools = new Nav(new LanguageSwitch(settings), new ComfortToggles(settings), search, home);
        tools.addClassName("kiosk-tools");
        tools.getElement().setAttribute("aria-label", getTranslation("ui.nav.tools"));
        Header header = new Header(title, tools);
        header.addClassName("kiosk-header");
        return header;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // The first HTML already carries these (KioskPageSetup); set again in case this UI outlived a change.
        ResidentSettings settings = ResidentSettings.of(event.getSession());
        event.getUI().getPage().executeJs(
                "const h = document.documentElement; h.lang = $0;"
                        + "['large-text', 'high-contrast', 'lang-mn'].forEach(c => h.classList.toggle(c, $1.split(' ').includes(c)));",
                KioskI18NProvider.htmlLang(settings.language()), String.join(" ", settings.htmlClasses()));
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
        freshness.setText(SyncStatusText.describe(state, now, services.config().zone(), this::getTranslation));
        freshness.setClassName("warning", SyncStatusText.isWarning(state, now));
    }

    /**
     * A large "返回" that goes to the screen above this one (not browser history: after an idle reset or
     * a scanned link there may be no history, and a kiosk must never leave its own screens).
     */
    public static Component backTo(Class<? extends Component> parent) {
        return backButton(new RouterLink("", parent));
    }

    public static <T, C extends Component & HasUrlParameter<T>> Component backTo(Class<? extends C> parent, T parameter) {
        return backButton(new RouterLink("", parent, parameter));
    }

    /** 返回 to a screen with a route template (e.g. {@code level1/:domain/:key}). */
    public static Component backTo(Class<? extends Component> parent, RouteParameters parameters) {
        return backButton(new RouterLink("", parent, parameters));
    }

    private static Component backButton(RouterLink back) {
        back.setText(back.getTranslation("ui.nav.back"));
        back.addClassNames("big-button", "back-button");
        return back;
    }
}
