package cn.zwgk.core.store;

import java.sql.SQLException;

/** Recognises the failure of opening an embedded Derby store that another process (a running app) holds. */
public final class StoreInUse {
    /** Derby: "Another instance of Derby may have already booted the database". */
    static final String DERBY_BOOTED_ELSEWHERE = "XSDB6";

    private StoreInUse() {
    }

    /** Whether {@code e} (or a cause, or a chained SQL exception) says the store is held by another process. */
    public static boolean isHeld(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (DERBY_BOOTED_ELSEWHERE.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }
}
