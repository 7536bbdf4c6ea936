package cn.zwgk.server.console;

import cn.zwgk.core.staff.StaffSession;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;

/** The staff member logged in to this browser session, held server-side in the Vaadin session. */
public final class ConsoleSession {
    private ConsoleSession() {
    }

    public static Optional<StaffSession> current() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(StaffSession.class));
    }

    /** The logged-in staff member; views behind {@link ConsoleLayout} can rely on one being there. */
    public static StaffSession require() {
        return current().orElseThrow(() -> new cn.zwgk.core.staff.AccessDeniedException("请先登录"));
    }

    static void login(StaffSession staff) {
        VaadinSession session = VaadinSession.getCurrent();
        // A new session id after login: a session id seen before login cannot be reused to act as this user.
        com.vaadin.flow.server.VaadinService.reinitializeSession(com.vaadin.flow.server.VaadinRequest.getCurrent());
        VaadinSession.getCurrent().setAttribute(StaffSession.class, staff);
    }

    static void logout() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(StaffSession.class, null);
            session.getSession().invalidate();
        }
    }
}
