package cn.zwgk.kiosk.notice;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** SQL of the kiosk's notices. Callers own the transaction. */
public final class NoticeStore {
    static final String DELETE = "DELETE FROM notice WHERE id = ?";
    static final String INSERT = """
            INSERT INTO notice (id, site_code, category, title, status, start_date, end_date, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String COUNT = "SELECT COUNT(*) FROM notice";

    public void put(Connection c, Notice n) throws SQLException {
        remove(c, n.id());
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, n.id());
            ps.setString(2, n.siteCode());
            ps.setString(3, n.category());
            ps.setString(4, n.title());
            ps.setString(5, n.status().name());
            ps.setDate(6, Date.valueOf(n.period().start()));
            ps.setDate(7, n.period().end() == null ? null : Date.valueOf(n.period().end()));
            ps.setString(8, SyncJson.write(n));
            ps.executeUpdate();
        }
    }

    public void remove(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE)) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    public long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
