package cn.zwgk.kiosk.staff;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.kiosk.system.KioskServices;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Set;

/** 工作台: the staff tools this person's roles allow, as large buttons; tools of other features appear once installed. */
@Route(value = StaffGuard.HOME, layout = StaffLayout.class)
@RouteAlias(value = "staff", layout = StaffLayout.class)
@PageTitle("工作人员工作台")
public class StaffHomeView extends Div implements BeforeEnterObserver {
    /** A tool: its button text key, route, and the roles that may use it. */
    record Tool(String key, String route, Set<Role> roles) {
    }

    static final List<Tool> TOOLS = List.of(
            new Tool("staff.tool.notices", "staff/notices", Set.of(Role.COMMUNITY_STAFF)),
            new Tool("staff.tool.conflicts", "staff/notices/conflicts", Set.of(Role.COMMUNITY_STAFF)),
            new Tool("staff.tool.board", "board", Set.of(Role.COMMUNITY_STAFF, Role.HALL_STAFF)),
            new Tool("staff.tool.print", "staff/print", Set.of(Role.HALL_STAFF)),
            new Tool("staff.tool.sync", "staff/sync", StaffService.KIOSK_ROLES));

    private final KioskServices services;
    private final Paragraph denied = new Paragraph();

    public StaffHomeView(KioskServices services) {
        this.services = services;
        addClassName("staff-home");
        denied.setId("staff-denied");
        denied.addClassName("staff-message");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        StaffSession session = StaffSessions.current(VaadinSession.getCurrent(), services.clock().instant(),
                services.staff().idle()).orElse(null);
        if (session == null) {
            return;
        }
        add(new H1(getTranslation("staff.home.title", session.displayName())));
        List<String> roles = event.getLocation().getQueryParameters().getParameters().getOrDefault("denied", List.of());
        denied.setText(roles.isEmpty() ? "" : getTranslation("staff.home.denied", roles.getFirst()));
        add(denied);
        Div tools = new Div();
        tools.addClassName("staff-tools");
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        for (Tool tool : TOOLS) {
            if (tool.roles().stream().anyMatch(session::has) && routes.isPathAvailable(tool.route())) {
                Anchor a = new Anchor(tool.route(), getTranslation(tool.key()));
                a.addClassNames("big-button", "staff-tool");
                a.setId("tool-" + tool.route().replace('/', '-'));
                tools.add(a);
            }
        }
        add(tools);
    }
}
