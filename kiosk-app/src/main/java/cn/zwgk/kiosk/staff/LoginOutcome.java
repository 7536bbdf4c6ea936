package cn.zwgk.kiosk.staff;

import cn.zwgk.core.staff.StaffSession;

/** What a login attempt came to: a session, or a refusal to show as it is (Chinese). */
public sealed interface LoginOutcome {
    record LoggedIn(StaffSession session) implements LoginOutcome {
    }

    record Refused(String message) implements LoginOutcome {
    }
}
