package cn.zwgk.server.fleet;

import cn.zwgk.core.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Records which kiosks asked for changes, from where they continued, and when. */
public final class KioskRegistry {
    static final String UPDATE = """
            UPDATE kiosk SET site_code = ?, app_version = ?, last_seen = ?, last_checkpoint = ? WHERE id = ?""";
    static final String INSERT = """
            INSERT INTO kiosk (id, site_code, app_version, first_seen, last_seen, last_checkpoint)
            VALUES (?, ?, ?, ?, ?, ?)""";
    static final String ALL = """
            SELECT id, site_code, app_version, first_seen, last_seen, last_checkpoint FROM kiosk ORDER BY id""";

    private final Database database;
    private final Clock clock;

    public KioskRegistry(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void seen(String kioskId, String siteCode, String appVersion, long checkpoint) {
        Timestamp now = Timestamp.from(clock.instant());
        database.useTransaction(c -> {
            if (update(c, kioskId, siteCode, appVersion, checkpoint, now) == 0) {
                try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                    ps.setString(1, kioskId);
                    ps.setString(2, siteCode);
                    ps.setString(3, appVersion);
                    ps.setTimestamp(4, now);
                    ps.setTimestamp(5, now);
                    ps.setLong(6, checkpoint);
                    ps.executeUpdate();
                }
            }
        });
    }

    private static int update(Connection c, String id, String site, String version, long checkpoint, Timestamp now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            ps.setString(1, site);
            ps.setString(2, version);
            ps.setTimestamp(3, now);
            ps.setLong(4, checkpoint);
            ps.setString(5, id);
            return ps.executeUpdate();
        }
    }

    public List<KioskSighting> all() {
        return database.inTransaction(c -> {
            List<KioskSighting> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ALL); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new KioskSighting(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getLong(6)));
                }
            }
            return list;
        });
    }
}
