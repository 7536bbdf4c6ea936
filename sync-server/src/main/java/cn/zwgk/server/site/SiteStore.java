package cn.zwgk.server.site;

import cn.zwgk.core.site.Site;
import cn.zwgk.server.system.KeyedUpsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** SQL of the site hierarchy. Callers own the transaction. */
public final class SiteStore {
    static final String CODES = "SELECT code FROM site";
    static final String PARENT = "SELECT parent_code FROM site WHERE code = ?";

    private final KeyedUpsert<Site> sites = new KeyedUpsert<>("site", "code",
            List.of("name", "site_level", "parent_code"),
            s -> new Object[] {s.code(), s.name(), s.level().name(), s.parentCode()});

    public void write(Connection c, List<Site> list) throws SQLException {
        sites.write(c, list);
    }

    /** The site and the sites above it (community, street, district), nearest first; at most 5 levels. */
    public List<String> withAncestors(Connection c, String code) throws SQLException {
        List<String> chain = new java.util.ArrayList<>();
        String current = code;
        try (PreparedStatement ps = c.prepareStatement(PARENT)) {
            while (current != null && chain.size() < 5 && !chain.contains(current)) {
                chain.add(current);
                ps.setString(1, current);
                try (ResultSet rs = ps.executeQuery()) {
                    current = rs.next() ? rs.getString(1) : null;
                }
            }
        }
        return chain;
    }

    public List<Site> all(Connection c) throws SQLException {
        List<Site> out = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT code, name, site_level, parent_code FROM site ORDER BY code"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Site(rs.getString(1), rs.getString(2), cn.zwgk.core.site.SiteLevel.valueOf(rs.getString(3)),
                        rs.getString(4)));
            }
        }
        return out;
    }

    public Set<String> codes(Connection c) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(CODES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
