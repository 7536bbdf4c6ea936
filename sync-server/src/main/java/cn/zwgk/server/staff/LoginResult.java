package cn.zwgk.server.staff;

import cn.zwgk.core.staff.StaffSession;

/** The outcome of a login: a session, or a message for the login screen that does not say which part was wrong. */
public sealed interface LoginResult {
    record Success(StaffSession session) implements LoginResult {
    }

    record Refused(String message) implements LoginResult {
    }
}
