package cn.zwgk.server.fleet;

import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.InventoryReport;
import cn.zwgk.core.sync.SyncJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The fleet as the sync API sees it: which enrolled kiosk asked from where, and what it reported. */
public final class KioskRegistry {
    static final String SEEN = """
            UPDATE kiosk SET app_version = COALESCE(?, app_version), last_seen = ?, last_checkpoint = ? WHERE id = ?""";
    static final String REPORT = """
            UPDATE kiosk SET reported_at = ?, last_checkpoint = ?, app_version = ?, free_disk_bytes = ?,
            clock_drift_ms = ?, last_success_at = ?, pending_uploads = ?, record_counts = ?, last_error = ? WHERE id = ?""";
    static final String ALL = """
            SELECT id, site_code, status, app_version, first_seen, last_seen, last_checkpoint, last_success_at,
            clock_drift_ms, free_disk_bytes, pending_uploads, record_counts, last_error FROM kiosk ORDER BY id""";

    /** Between two recorded sightings of a kiosk that is still catching up, at most this long. */
    private static final java.time.Duration SIGHTING_INTERVAL = java.time.Duration.ofSeconds(60);

    private final Database database;
    private final Clock clock;
    private final java.util.concurrent.ConcurrentHashMap<String, Sighting> lastWritten =
            new java.util.concurrent.ConcurrentHashMap<>();

    private record Sighting(java.time.Instant at, long checkpoint) {
    }

    public KioskRegistry(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Records that a kiosk asked for changes after {@code checkpoint}. Written when a caught-up kiosk
     * reports a new checkpoint, and otherwise at most once a minute: one durable write per request would
     * make the sighting, not the page, the cost of a sync.
     */
    public void seen(String kioskId, String appVersion, long checkpoint, boolean caughtUp) {
        java.time.Instant instant = clock.instant();
        Sighting previous = lastWritten.get(kioskId);
        boolean news = caughtUp && (previous == null || previous.checkpoint() != checkpoint);
        if (!news && previous != null && previous.at().plus(SIGHTING_INTERVAL).isAfter(instant)) {
            return;
        }
        lastWritten.put(kioskId, new Sighting(instant, checkpoint));
        Timestamp now = Timestamp.from(instant);
        database.useTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(SEEN)) {
                ps.setString(1, appVersion);
                ps.setTimestamp(2, now);
                ps.setLong(3, checkpoint);
                ps.setString(4, kioskId);
                ps.executeUpdate();
            }
        });
    }

    public void report(String kioskId, InventoryReport r) {
        database.useTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(REPORT)) {
                ps.setTimestamp(1, Timestamp.from(clock.instant()));
                ps.setLong(2, r.checkpoint());
                ps.setString(3, cut(r.appVersion(), 40));
                ps.setLong(4, r.freeDiskBytes());
                ps.setLong(5, r.clockDriftMillis());
                ps.setTimestamp(6, r.lastSuccessAt() == null ? null : Timestamp.from(r.lastSuccessAt()));
                ps.setInt(7, r.pendingUploads());
                ps.setString(8, cut(SyncJson.write(r.recordCounts()), 1000));
                ps.setString(9, cut(r.lastError(), 2000));
                ps.setString(10, kioskId);
                ps.executeUpdate();
            }
        });
    }

    public List<KioskSighting> all() {
        return database.inTransaction(c -> {
            List<KioskSighting> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(ALL); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new KioskSighting(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getLong(7),
                            instant(rs.getTimestamp(8)), (Long) rs.getObject(9, Long.class),
                            (Long) rs.getObject(10, Long.class), (Integer) rs.getObject(11, Integer.class),
                            rs.getString(12), rs.getString(13)));
                }
            }
            return list;
        });
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
