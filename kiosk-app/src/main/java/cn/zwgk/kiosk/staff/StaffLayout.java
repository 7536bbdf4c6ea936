package cn.zwgk.kiosk.staff;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.kiosk.system.KioskServices;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Frame of the staff screens: who is logged in, 工作台 / 退出, and the idle logout — every touch or key
 * counts as activity; a poll logs out a staff member who walked away and shows the login screen.
 */
@StyleSheet("staff.css")
public class StaffLayout extends Div implements RouterLayout {
    private static final int POLL_MILLIS = 15_000;
    private final KioskServices services;
    private final Main content = new Main();
    private final Span who = new Span();
    private Registration poll;

    public StaffLayout(KioskServices services) {
        this.services = services;
        addClassName("staff");
        who.setId("staff-who");
        Anchor home = new Anchor(StaffGuard.HOME, getTranslation("staff.nav.home"));
        home.addClassName("big-button");
        Button logout = new Button(getTranslation("staff.nav.logout"), e -> logOut(false));
        logout.setId("staff-logout");
        logout.addClassName("big-button");
        Header header = new Header(new Span(getTranslation("staff.title")), who, new Nav(home, logout));
        header.addClassName("staff-header");
        content.addClassName("staff-content");
        add(header, content);
        getElement().addEventListener("pointerdown", e -> touch()).throttle(5_000);
        getElement().addEventListener("keydown", e -> touch()).throttle(5_000);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        StaffSessions.current(event.getSession(), services.clock().instant(), services.staff().idle())
                .ifPresent(s -> who.setText(describe(s)));
        event.getUI().setPollInterval(POLL_MILLIS);
        poll = event.getUI().addPollListener(p -> {
            if (StaffSessions.current(VaadinSession.getCurrent(), services.clock().instant(), services.staff().idle()).isEmpty()) {
                logOut(true);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }

    private void touch() {
        StaffSessions.touch(VaadinSession.getCurrent(), services.clock().instant());
    }

    private void logOut(boolean idle) {
        StaffSessions.logOut(VaadinSession.getCurrent());
        UI.getCurrent().navigate(StaffGuard.LOGIN, idle ? com.vaadin.flow.router.QueryParameters.simple(Map.of("idle", "1"))
                : com.vaadin.flow.router.QueryParameters.empty());
    }

    static String describe(StaffSession s) {
        return s.displayName() + "（" + s.roles().stream().map(Role::label).sorted().collect(Collectors.joining("、")) + "）";
    }
}
