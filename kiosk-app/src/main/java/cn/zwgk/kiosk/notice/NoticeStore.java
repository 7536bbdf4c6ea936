package cn.zwgk.kiosk.notice;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of the kiosk's notices. Callers own the transaction. */
public final class NoticeStore {
    static final String DELETE = "DELETE FROM notice WHERE id = ?";
    static final String INSERT = """
            INSERT INTO notice (id, site_code, category, title, status, start_date, end_date, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String COUNT = "SELECT COUNT(*) FROM notice";
    /** Published notices of one site whose publicity period includes the day (re-checked in Java by the caller). */
    static final String VISIBLE_OF_SITE = """
            SELECT payload FROM notice WHERE site_code = ? AND status = 'PUBLISHED'
            AND start_date <= ? AND (end_date IS NULL OR end_date >= ?) ORDER BY start_date DESC, title""";
    static final String BY_ID = "SELECT payload FROM notice WHERE id = ?";

    public void put(Connection c, Notice n) throws SQLException {
        putAll(c, List.of(n));
    }

    /** Replaces or adds notices in two batches (ids must be distinct). */
    public void putAll(Connection c, List<Notice> notices) throws SQLException {
        if (notices.isEmpty()) {
            return;
        }
        removeAll(c, notices.stream().map(Notice::id).toList());
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (Notice n : notices) {
                ps.setString(1, n.id());
                ps.setString(2, n.siteCode());
                ps.setString(3, n.category());
                ps.setString(4, n.title());
                ps.setString(5, n.status().name());
                ps.setDate(6, Date.valueOf(n.period().start()));
                ps.setDate(7, n.period().end() == null ? null : Date.valueOf(n.period().end()));
                ps.setString(8, SyncJson.write(n));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void removeAll(Connection c, List<String> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE)) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void remove(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE)) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    public List<Notice> visibleOn(Connection c, String siteCode, LocalDate day) throws SQLException {
        List<Notice> notices = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(VISIBLE_OF_SITE)) {
            ps.setString(1, siteCode);
            ps.setDate(2, Date.valueOf(day));
            ps.setDate(3, Date.valueOf(day));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    notices.add(SyncJson.read(rs.getString(1), Notice.class));
                }
            }
        }
        return notices;
    }

    public Optional<Notice> byId(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_ID)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(SyncJson.read(rs.getString(1), Notice.class)) : Optional.empty();
            }
        }
    }

    public long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
