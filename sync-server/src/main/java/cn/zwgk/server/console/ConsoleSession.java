package cn.zwgk.server.console;

import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.StaffAccount;
import cn.zwgk.core.staff.StaffSession;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The staff member logged in to this browser session, held server-side in the Vaadin session, and checked again
 * whenever it is asked for — on every navigation and every action, since views ask for it before they call a
 * service: the session ends after {@link #IDLE} without such a request (Vaadin's heartbeats do not count: they
 * never ask), and as soon as the account is deactivated or changed in any way (roles, site, password: its version
 * moved), so a revoked role or a reset password takes effect at the next click, not at the next login.
 */
public final class ConsoleSession {
    /** Idle time after which a console session ends, whatever the browser keeps open. */
    public static final Duration IDLE = Duration.ofMinutes(30);
    static final String IDLE_MESSAGE = "因超过 30 分钟未操作，已自动退出，请重新登录";
    static final String CHANGED_MESSAGE = "您的账户已被停用或修改（角色、所属站点或密码），请重新登录";

    /** What the Vaadin session holds: who, the account version they logged in with, when they last acted. */
    record State(StaffSession staff, long accountVersion, Instant lastActivity) {
    }

    /** Why the last session of this browser ended, for the login page (read once). */
    record Ended(String reason) {
    }

    private ConsoleSession() {
    }

    public static Optional<StaffSession> current() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return Optional.empty();
        }
        State state = session.getAttribute(State.class);
        if (state == null) {
            return Optional.empty();
        }
        ConsoleServices services = session.getService().getContext().getAttribute(ConsoleServices.class);
        Instant now = services.clock().instant();
        String ended = endReason(state, now, services.staff().account(state.staff().username()));
        if (ended != null) {
            session.setAttribute(State.class, null);
            session.setAttribute(Ended.class, new Ended(ended));
            return Optional.empty();
        }
        session.setAttribute(State.class, new State(state.staff(), state.accountVersion(), now));
        return Optional.of(state.staff());
    }

    /** Null while the session may go on; else why it ends. */
    static String endReason(State state, Instant now, Optional<StaffAccount> account) {
        if (now.isAfter(state.lastActivity().plus(IDLE))) {
            return IDLE_MESSAGE;
        }
        if (account.isEmpty() || !account.get().active() || account.get().version() != state.accountVersion()) {
            return CHANGED_MESSAGE;
        }
        return null;
    }

    /** The logged-in staff member; views behind {@link ConsoleLayout} can rely on one being there. */
    public static StaffSession require() {
        return current().orElseThrow(() -> new AccessDeniedException(lastEnded().orElse("请先登录")));
    }

    /** Why this browser's session ended, once (the login page shows it). */
    static Optional<String> takeEnded() {
        VaadinSession session = VaadinSession.getCurrent();
        Optional<String> reason = lastEnded();
        if (session != null) {
            session.setAttribute(Ended.class, null);
        }
        return reason;
    }

    private static Optional<String> lastEnded() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(Ended.class)).map(Ended::reason);
    }

    static void login(StaffSession staff, long accountVersion, Instant at) {
        // A new session id after login: a session id seen before login cannot be reused to act as this user.
        com.vaadin.flow.server.VaadinService.reinitializeSession(com.vaadin.flow.server.VaadinRequest.getCurrent());
        start(VaadinSession.getCurrent(), staff, accountVersion, at);
    }

    /** Puts a checked login into {@code session} (the login view; view tests, which skip the password hash). */
    static void start(VaadinSession session, StaffSession staff, long accountVersion, Instant at) {
        session.setAttribute(Ended.class, null);
        session.setAttribute(State.class, new State(staff, accountVersion, at));
    }

    static void logout() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(State.class, null);
            session.getSession().invalidate();
        }
    }
}
