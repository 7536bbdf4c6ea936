package cn.zwgk.kiosk.board;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads the kiosk's notices for the board and the staff desk (the notice feature's {@code notice} table). */
public final class BoardStore {
    static final String OF_SITE = "SELECT payload FROM notice WHERE site_code = ? ORDER BY start_date DESC, title";
    static final String PUBLISHED_OF_SITE = "SELECT payload FROM notice WHERE site_code = ? AND status = 'PUBLISHED'";

    /** Published notices of these sites, whatever their period (the caller applies today's date). */
    public List<Notice> published(Connection c, Collection<String> siteCodes) throws SQLException {
        return read(c, PUBLISHED_OF_SITE, siteCodes);
    }

    /** Every notice of these sites, any status, newest period first. */
    public List<Notice> all(Connection c, Collection<String> siteCodes) throws SQLException {
        return read(c, OF_SITE, siteCodes);
    }

    private static List<Notice> read(Connection c, String sql, Collection<String> siteCodes) throws SQLException {
        List<Notice> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String site : siteCodes) {
                ps.setString(1, site);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(SyncJson.read(rs.getString(1), Notice.class));
                    }
                }
            }
        }
        return list;
    }
}
