package cn.zwgk.server.audit;

import cn.zwgk.core.staff.StaffSession;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only record of who published, withdrew, replied, enrolled, revoked, changed roles or read
 * personal data. Callers append inside the transaction of the action itself, so an action and its audit
 * line commit together or not at all.
 */
public final class AuditLog {
    static final String APPEND = "INSERT INTO audit_log (occurred_at, actor, action_code, target, detail) VALUES (?, ?, ?, ?, ?)";
    static final String RECENT = """
            SELECT id, occurred_at, actor, action_code, target, detail FROM audit_log
            WHERE (? = '' OR actor = ?) AND (? = '' OR target LIKE ?)
            ORDER BY id DESC FETCH FIRST ? ROWS ONLY""";
    private static final int DETAIL_MAX = 2000;

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = clock;
    }

    public void append(Connection c, StaffSession who, String action, String target, String detail) throws SQLException {
        append(c, who.username(), action, target, detail);
    }

    /** For actions of the system itself or of the command line, where the actor is not a logged-in session. */
    public void append(Connection c, String actor, String action, String target, String detail) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(APPEND)) {
            ps.setTimestamp(1, Timestamp.from(clock.instant()));
            ps.setString(2, actor);
            ps.setString(3, action);
            ps.setString(4, target);
            ps.setString(5, detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX));
            ps.executeUpdate();
        }
    }

    /** Newest first; {@code actor} and {@code targetPrefix} may be empty for "any". */
    public List<AuditEntry> recent(Connection c, String actor, String targetPrefix, int limit) throws SQLException {
        String a = actor == null ? "" : actor.strip();
        String t = targetPrefix == null ? "" : targetPrefix.strip();
        try (PreparedStatement ps = c.prepareStatement(RECENT)) {
            ps.setString(1, a);
            ps.setString(2, a);
            ps.setString(3, t);
            ps.setString(4, t.replace("%", "") + "%");
            ps.setInt(5, limit);
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            return out;
        }
    }
}
