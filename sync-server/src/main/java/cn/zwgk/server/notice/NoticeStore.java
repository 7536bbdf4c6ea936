package cn.zwgk.server.notice;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.system.KeyedUpsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** SQL of central notices. Callers own the transaction. */
public final class NoticeStore {
    static final String COUNT = "SELECT COUNT(*) FROM notice";
    static final String BY_ID = "SELECT payload FROM notice WHERE id = ?";
    static final String ALL = "SELECT payload FROM notice ORDER BY site_code, id";
    static final String OF_SITE = "SELECT payload FROM notice WHERE site_code = ? ORDER BY id";

    private final KeyedUpsert<Notice> notices = new KeyedUpsert<>("notice", "id",
            List.of("site_code", "category", "title", "status", "version", "payload"),
            n -> new Object[] {n.id(), n.siteCode(), n.category(), n.title(), n.status().name(), n.version(),
                SyncJson.write(n)});

    public void write(Connection c, List<Notice> list) throws SQLException {
        notices.write(c, list);
    }

    public java.util.Optional<Notice> byId(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_ID)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(SyncJson.read(rs.getString(1), Notice.class))
                        : java.util.Optional.empty();
            }
        }
    }

    /** Every notice, or those of one site when {@code siteCode} is not null. */
    public List<Notice> list(Connection c, String siteCode) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(siteCode == null ? ALL : OF_SITE)) {
            if (siteCode != null) {
                ps.setString(1, siteCode);
            }
            List<Notice> out = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(cn.zwgk.core.sync.SyncJson.read(rs.getString(1), Notice.class));
                }
            }
            return out;
        }
    }

    public long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
