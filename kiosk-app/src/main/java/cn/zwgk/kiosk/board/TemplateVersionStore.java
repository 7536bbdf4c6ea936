package cn.zwgk.kiosk.board;

import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Every template version the kiosk has received (older versions stay: notices written with them render with them). */
public final class TemplateVersionStore {
    static final String DELETE = "DELETE FROM template_version WHERE template_id = ? AND version = ?";
    static final String INSERT = "INSERT INTO template_version (template_id, version, payload) VALUES (?, ?, ?)";
    static final String ALL = "SELECT payload FROM template_version ORDER BY template_id, version";

    public void put(Connection c, NoticeTemplate t) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE)) {
            ps.setString(1, t.id());
            ps.setInt(2, t.version());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, t.id());
            ps.setInt(2, t.version());
            ps.setString(3, SyncJson.write(t));
            ps.executeUpdate();
        }
    }

    public List<NoticeTemplate> all(Connection c) throws SQLException {
        List<NoticeTemplate> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ALL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(SyncJson.read(rs.getString(1), NoticeTemplate.class));
            }
        }
        return list;
    }
}
