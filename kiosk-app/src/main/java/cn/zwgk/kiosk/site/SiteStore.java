package cn.zwgk.kiosk.site;

import cn.zwgk.core.site.Site;
import cn.zwgk.core.site.SiteLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** SQL of the kiosk's copy of the site hierarchy. Callers own the transaction. */
public final class SiteStore {
    static final String DELETE = "DELETE FROM site WHERE code = ?";
    static final String INSERT = "INSERT INTO site (code, name, site_level, parent_code) VALUES (?, ?, ?, ?)";
    static final String BY_CODE = "SELECT code, name, site_level, parent_code FROM site WHERE code = ?";

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

    public Optional<Site> byCode(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_CODE)) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Site(rs.getString(1), rs.getString(2),
                        SiteLevel.valueOf(rs.getString(3)), rs.getString(4))) : Optional.empty();
            }
        }
    }

    public void remove(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE)) {
            ps.setString(1, code);
            ps.executeUpdate();
        }
    }
}
