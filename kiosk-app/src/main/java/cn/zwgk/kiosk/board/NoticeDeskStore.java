package cn.zwgk.kiosk.board;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of the staff's notice desk: drafts, and every version published here with its upload. */
public final class NoticeDeskStore {
    static final String DELETE_DRAFT = "DELETE FROM notice_draft WHERE id = ?";
    static final String INSERT_DRAFT = """
            INSERT INTO notice_draft (id, site_code, base_id, base_version, author, updated_at, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    static final String DRAFT = "SELECT payload FROM notice_draft WHERE id = ?";
    static final String DRAFTS = "SELECT payload FROM notice_draft WHERE site_code = ? ORDER BY updated_at DESC";
    static final String INSERT_EDIT = """
            INSERT INTO notice_edit (upload_id, notice_id, version, author, edited_at, payload) VALUES (?, ?, ?, ?, ?, ?)""";
    static final String HISTORY = "SELECT payload FROM notice_edit WHERE notice_id = ? ORDER BY version DESC, edited_at DESC";
    /**
     * Versions the central office kept aside because its own copy had moved on ("HELD" acknowledgements in
     * the sync outbox), newest first.
     */
    static final String HELD = """
            SELECT e.upload_id, e.payload, o.last_error FROM notice_edit e JOIN outbox o ON o.id = e.upload_id
            WHERE o.sent_at IS NOT NULL AND o.last_error LIKE 'HELD%' ORDER BY e.edited_at DESC""";

    /** A version published here that the central office kept as a conflict. */
    public record Held(String uploadId, Notice kioskCopy, String note) {
    }

    public void putDraft(Connection c, Notice draft, String baseId, Long baseVersion, Instant at) throws SQLException {
        deleteDraft(c, draft.id());
        try (PreparedStatement ps = c.prepareStatement(INSERT_DRAFT)) {
            ps.setString(1, draft.id());
            ps.setString(2, draft.siteCode());
            ps.setString(3, baseId);
            if (baseVersion == null) {
                ps.setNull(4, java.sql.Types.BIGINT);
            } else {
                ps.setLong(4, baseVersion);
            }
            ps.setString(5, draft.author());
            ps.setTimestamp(6, Timestamp.from(at));
            ps.setString(7, SyncJson.write(draft));
            ps.executeUpdate();
        }
    }

    public void deleteDraft(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE_DRAFT)) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    public Optional<Notice> draft(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DRAFT)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(SyncJson.read(rs.getString(1), Notice.class)) : Optional.empty();
            }
        }
    }

    public List<Notice> drafts(Connection c, String siteCode) throws SQLException {
        List<Notice> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(DRAFTS)) {
            ps.setString(1, siteCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(SyncJson.read(rs.getString(1), Notice.class));
                }
            }
        }
        return list;
    }

    public void addEdit(Connection c, String uploadId, Notice version, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_EDIT)) {
            ps.setString(1, uploadId);
            ps.setString(2, version.id());
            ps.setLong(3, version.version());
            ps.setString(4, version.author());
            ps.setTimestamp(5, Timestamp.from(at));
            ps.setString(6, SyncJson.write(version));
            ps.executeUpdate();
        }
    }

    public List<Notice> history(Connection c, String noticeId) throws SQLException {
        List<Notice> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(HISTORY)) {
            ps.setString(1, noticeId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(SyncJson.read(rs.getString(1), Notice.class));
                }
            }
        }
        return list;
    }

    public List<Held> held(Connection c) throws SQLException {
        List<Held> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(HELD); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Held(rs.getString(1), SyncJson.read(rs.getString(2), Notice.class), rs.getString(3)));
            }
        }
        return list;
    }
}
