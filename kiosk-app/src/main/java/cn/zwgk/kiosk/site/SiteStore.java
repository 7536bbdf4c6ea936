package cn.zwgk.kiosk.site;

import cn.zwgk.core.site.Site;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** SQL of the kiosk's copy of the site hierarchy. Callers own the transaction. */
public final class SiteStore {
    static final String DELETE = "DELETE FROM site WHERE code = ?";
    static final String INSERT = "INSERT INTO site (code, name, site_level, parent_code) VALUES (?, ?, ?, ?)";

    public void put(Connection c, Site s) throws SQLException {
        remove(c, s.code());
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, s.code());
            ps.setString(2, s.name());
            ps.setString(3, s.level().name());
            ps.setString(4, s.parentCode());
            ps.executeUpdate();
        }
    }

    public void remove(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE)) {
            ps.setString(1, code);
            ps.executeUpdate();
        }
    }
}
