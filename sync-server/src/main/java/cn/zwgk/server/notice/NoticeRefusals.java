package cn.zwgk.server.notice;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.audit.AuditLog;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Notice uploads the server refused (422 to the kiosk, e.g. an image that never arrived), kept in
 * {@code notice_refusal} for a central administrator to look at and mark as reviewed. Only what identifies the
 * notice is shown — its title and site — never the payload: name lists in it are masked only when rendered.
 */
public final class NoticeRefusals {
    static final String ALL = """
            SELECT id, kiosk_id, reason, payload, received_at, reviewed_at FROM notice_refusal
            ORDER BY received_at DESC, id DESC""";
    static final String OPEN = """
            SELECT id, kiosk_id, reason, payload, received_at, reviewed_at FROM notice_refusal
            WHERE reviewed_at IS NULL ORDER BY received_at DESC, id DESC""";
    static final String MARK = "UPDATE notice_refusal SET reviewed_at = ? WHERE id = ? AND reviewed_at IS NULL";
    private static final int SHOWN = 500;

    /** One refused upload: {@code title} and {@code siteCode} are null when the payload is not a readable notice. */
    public record Refusal(long id, String kioskId, String siteCode, String title, String reason, Instant receivedAt,
            Instant reviewedAt) {
    }

    private final Database database;
    private final AuditLog audit;
    private final Clock clock;

    public NoticeRefusals(Database database, AuditLog audit, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.clock = clock;
    }

    /** Newest first, at most 500; reviewed ones only when asked for. */
    public List<Refusal> list(StaffSession who, boolean includeReviewed) {
        who.require(Role.CENTRAL_ADMIN);
        return database.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(includeReviewed ? ALL : OPEN)) {
                ps.setMaxRows(SHOWN);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Refusal> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(read(rs));
                    }
                    return out;
                }
            }
        });
    }

    public void markReviewed(StaffSession who, long id) {
        who.require(Role.CENTRAL_ADMIN);
        database.useTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(MARK)) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                ps.setLong(2, id);
                if (ps.executeUpdate() == 1) {
                    audit.append(c, who, "NOTICE_REFUSAL_REVIEWED", "notice-refusal:" + id, "已审阅被拒收的公告上传");
                }
            }
        });
    }

    private static Refusal read(ResultSet rs) throws SQLException {
        Notice notice;
        try {
            notice = SyncJson.read(rs.getString("payload"), Notice.class);
        } catch (RuntimeException unreadable) {
            notice = null;
        }
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new Refusal(rs.getLong("id"), rs.getString("kiosk_id"), notice == null ? null : notice.siteCode(),
                notice == null ? null : notice.title(), rs.getString("reason"),
                rs.getTimestamp("received_at").toInstant(), reviewed == null ? null : reviewed.toInstant());
    }
}
