package cn.zwgk.server.notice;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.sync.LogEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Notices written or edited at a kiosk, arriving by upload. Version counters decide, not clocks: an
 * edit based on the central copy's current version (or a new notice) is published and enters the change
 * log, so the community's other kiosks receive it; an edit based on an older version is a conflict —
 * kept beside the central copy, which stays in force until a person decides.
 */
public final class NoticeIntake {
    static final String INSERT_CONFLICT = """
            INSERT INTO notice_conflict (upload_id, notice_id, kiosk_id, kiosk_version, central_version, payload,
            received_at) VALUES (?, ?, ?, ?, ?, ?, ?)""";
    static final String OPEN_CONFLICTS = """
            SELECT upload_id, kiosk_id, payload, central_version, received_at FROM notice_conflict
            WHERE resolved_at IS NULL ORDER BY received_at""";
    static final String RESOLVE = """
            UPDATE notice_conflict SET resolved_at = ?, resolution = ? WHERE upload_id = ? AND resolved_at IS NULL""";

    /** What happened to an uploaded notice. */
    public enum Outcome { PUBLISHED, CONFLICT }

    private final NoticeStore notices;
    private final ChangeLogStore changeLog;

    public NoticeIntake(NoticeStore notices, ChangeLogStore changeLog) {
        this.notices = notices;
        this.changeLog = changeLog;
    }

    /** {@code edited}: as {@link KioskNotices} admitted it (site, origin and author set by the server). */
    public Outcome receive(Connection c, String uploadId, String kioskId, Notice edited, Instant at) throws SQLException {
        Optional<Notice> central = notices.byId(c, edited.id());
        // checked before (KioskNotices) and again here, in the transaction: the copy may have changed hands since
        boolean owned = KioskNotices.ownership(central, edited.siteCode()).isEmpty();
        if (owned && (central.isEmpty() || central.get().version() == edited.version() - 1)) {
            publish(c, edited);
            return Outcome.PUBLISHED;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_CONFLICT)) {
            ps.setString(1, uploadId);
            ps.setString(2, edited.id());
            ps.setString(3, kioskId);
            ps.setLong(4, edited.version());
            ps.setLong(5, central.get().version());
            ps.setString(6, SyncJson.write(edited));
            ps.setTimestamp(7, Timestamp.from(at));
            ps.executeUpdate();
        }
        return Outcome.CONFLICT;
    }

    public List<NoticeConflict> open(Connection c) throws SQLException {
        List<NoticeConflict> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(OPEN_CONFLICTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new NoticeConflict(rs.getString(1), rs.getString(2),
                        SyncJson.read(rs.getString(3), Notice.class), rs.getLong(4), rs.getTimestamp(5).toInstant()));
            }
        }
        return list;
    }

    /**
     * A person's decision: {@code keepKiosk} publishes the kiosk's text as the next central version;
     * otherwise the central copy stays. False when there is no such open conflict.
     */
    public boolean resolve(Connection c, String uploadId, boolean keepKiosk, Instant at) throws SQLException {
        NoticeConflict conflict = open(c).stream().filter(x -> x.uploadId().equals(uploadId)).findFirst().orElse(null);
        if (conflict == null) {
            return false;
        }
        if (keepKiosk) {
            Notice k = conflict.kioskCopy();
            long next = notices.byId(c, k.id()).map(Notice::version).orElse(0L) + 1;
            // keeps the template version it was written with; a kiosk copy can never be urgent (central only)
            publish(c, new Notice(k.id(), k.siteCode(), k.templateId(), k.category(), k.title(), k.body(), k.fields(),
                    k.period(), k.objectionContact(), k.issuer(), k.status(), k.origin(), k.author(), next, at,
                    k.attachments(), k.templateVersion(), k.pinned(), false));
        }
        try (PreparedStatement ps = c.prepareStatement(RESOLVE)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, keepKiosk ? "KIOSK" : "CENTRAL");
            ps.setString(3, uploadId);
            ps.executeUpdate();
        }
        return true;
    }

    private void publish(Connection c, Notice n) throws SQLException {
        notices.write(c, List.of(n));
        changeLog.append(c, List.of(new LogEntry(RecordType.NOTICE, n.id(), ChangeOp.UPSERT, n.siteCode(),
                SyncJson.write(n))));
    }
}
