package cn.zwgk.kiosk.staff;

import cn.zwgk.core.staff.StaffSession;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The logged-in staff member, held server-side in the Vaadin session (never in the browser), with the time
 * of their last action for the idle logout.
 */
public final class StaffSessions {
    private static final String KEY = StaffSessions.class.getName();

    /** What the Vaadin session holds. */
    record Held(StaffSession session, Instant lastActivity) {
    }

    private StaffSessions() {
    }

    public static void logIn(VaadinSession vaadin, StaffSession session, Instant now) {
        vaadin.setAttribute(KEY, new Held(session, now));
    }

    public static void logOut(VaadinSession vaadin) {
        vaadin.setAttribute(KEY, null);
    }

    /** The session if logged in and not idle longer than {@code idle}; an idle one is logged out here. */
    public static Optional<StaffSession> current(VaadinSession vaadin, Instant now, Duration idle) {
        Object held = vaadin == null ? null : vaadin.getAttribute(KEY);
        if (!(held instanceof Held h)) {
            return Optional.empty();
        }
        if (h.lastActivity().plus(idle).isBefore(now)) {
            logOut(vaadin);
            return Optional.empty();
        }
        return Optional.of(h.session());
    }

    /** Whether there is a session that the idle timeout ended (for the message on the login screen). */
    public static boolean wasLoggedIn(VaadinSession vaadin) {
        return vaadin != null && vaadin.getAttribute(KEY) instanceof Held;
    }

    public static void touch(VaadinSession vaadin, Instant now) {
        if (vaadin != null && vaadin.getAttribute(KEY) instanceof Held h) {
            vaadin.setAttribute(KEY, new Held(h.session(), now));
        }
    }
}
