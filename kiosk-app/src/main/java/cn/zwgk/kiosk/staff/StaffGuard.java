package cn.zwgk.kiosk.staff;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.kiosk.system.KioskServices;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every {@code staff/*} route (other than the login itself) needs a logged-in staff member, not idle for
 * longer than allowed, with a role the view asks for ({@link StaffRoles}); checked on the server before the
 * view is built, for every route under {@code staff/}, also ones added later. Registered through
 * {@code META-INF/services/com.vaadin.flow.server.VaadinServiceInitListener}.
 */
public final class StaffGuard implements VaadinServiceInitListener {
    public static final String LOGIN = "staff/login";
    /** Also reachable as plain "staff" (an alias). */
    public static final String HOME = "staff/home";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        service.addUIInitListener(init -> init.getUI().addBeforeEnterListener(e -> check(e, service)));
    }

    static void check(BeforeEnterEvent event, VaadinService service) {
        String path = event.getLocation().getPath();
        if (!(path.equals("staff") || path.startsWith("staff/")) || path.equals(LOGIN)) {
            return;
        }
        KioskServices services = service.getContext().getAttribute(KioskServices.class);
        if (services == null || services.staff() == null) {
            event.forwardTo(LOGIN);
            return;
        }
        VaadinSession vaadin = event.getUI().getSession();
        StaffService staff = services.staff();
        boolean had = StaffSessions.wasLoggedIn(vaadin);
        Optional<StaffSession> session = StaffSessions.current(vaadin, staff.clock().instant(), staff.idle());
        if (session.isEmpty()) {
            event.forwardTo(LOGIN, QueryParameters.simple(had ? Map.of("next", path, "idle", "1") : Map.of("next", path)));
            return;
        }
        StaffRoles roles = event.getNavigationTarget().getAnnotation(StaffRoles.class);
        Set<Role> needed = roles == null ? StaffService.KIOSK_ROLES : Set.of(roles.value());
        if (needed.stream().noneMatch(session.get()::has)) {
            String labels = needed.stream().map(Role::label).sorted().collect(Collectors.joining("或"));
            event.forwardTo(HOME, QueryParameters.simple(Map.of("denied", labels)));
            return;
        }
        StaffSessions.touch(vaadin, staff.clock().instant());
    }

    /** A {@code next} target from the query string, only if it is a staff route (never an outside address). */
    public static String safeNext(String next) {
        return next != null && next.matches("staff(/[a-z0-9-]+)*") && !next.equals(LOGIN) ? next : HOME;
    }

    static String roleLabels(Role... roles) {
        return Arrays.stream(roles).map(Role::label).collect(Collectors.joining("或"));
    }
}
