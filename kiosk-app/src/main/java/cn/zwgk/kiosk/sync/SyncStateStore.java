package cn.zwgk.kiosk.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** SQL of the single sync_state row. Callers own the transaction. */
public final class SyncStateStore {
    static final String READ = """
            SELECT checkpoint, server_latest, last_success_at, last_attempt_at, last_error FROM sync_state WHERE id = 1""";
    static final String LOCK = "SELECT checkpoint FROM sync_state WHERE id = 1 FOR UPDATE";
    static final String MOVE_CHECKPOINT = """
            UPDATE sync_state SET checkpoint = ?, server_latest = ? WHERE id = 1 AND checkpoint = ?""";
    static final String RECORD_SUCCESS = """
            UPDATE sync_state SET last_success_at = ?, last_attempt_at = ?, last_error = NULL WHERE id = 1""";
    static final String RECORD_FAILURE = "UPDATE sync_state SET last_attempt_at = ?, last_error = ? WHERE id = 1";
    static final String RECORD_DRIFT = "UPDATE sync_state SET clock_drift_ms = ? WHERE id = 1";
    static final String READ_DRIFT = "SELECT clock_drift_ms FROM sync_state WHERE id = 1";

    public SyncState read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(READ); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new SyncState(rs.getLong(1), rs.getLong(2), instant(rs.getTimestamp(3)),
                    instant(rs.getTimestamp(4)), rs.getString(5));
        }
    }

    /** Reads the checkpoint and locks the row until the transaction ends, so two syncs cannot interleave. */
    public long lockCheckpoint(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOCK); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Moves the checkpoint from {@code expected} to {@code next}; false if it was not at {@code expected}. */
    public boolean moveCheckpoint(Connection c, long expected, long next, long serverLatest) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MOVE_CHECKPOINT)) {
            ps.setLong(1, next);
            ps.setLong(2, serverLatest);
            ps.setLong(3, expected);
            return ps.executeUpdate() == 1;
        }
    }

    public void recordSuccess(Connection c, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RECORD_SUCCESS)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setTimestamp(2, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    public void recordFailure(Connection c, Instant at, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RECORD_FAILURE)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, error.length() > 2000 ? error.substring(0, 2000) : error);
            ps.executeUpdate();
        }
    }

    static final String COUNTS = """
            SELECT 'DOMAIN', COUNT(*) FROM domain UNION ALL SELECT 'SITE', COUNT(*) FROM site
            UNION ALL SELECT 'CATALOGUE_ITEM', COUNT(*) FROM catalogue_item UNION ALL SELECT 'NOTICE', COUNT(*) FROM notice""";

    /** Rows per record type, for the inventory report. */
    public java.util.Map<String, Long> recordCounts(Connection c) throws SQLException {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(COUNTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1).strip(), rs.getLong(2));
            }
        }
        return counts;
    }

    /** Payloads of notices that list at least one attachment (an empty list serializes as []). */
    static final String NOTICES_WITH_ATTACHMENTS = """
            SELECT payload FROM notice WHERE payload LIKE '%"attachments":["%'""";

    /** Every attachment hash the stored notices refer to: what must really be on disk. */
    public java.util.Set<String> referencedAttachments(Connection c) throws SQLException {
        java.util.Set<String> hashes = new java.util.TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement(NOTICES_WITH_ATTACHMENTS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hashes.addAll(cn.zwgk.core.sync.SyncJson.read(rs.getString(1), cn.zwgk.core.notice.Notice.class)
                        .attachments());
            }
        }
        return hashes;
    }

    public void recordDrift(Connection c, long millis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RECORD_DRIFT)) {
            ps.setLong(1, millis);
            ps.executeUpdate();
        }
    }

    /** This kiosk's clock minus the server's at the last successful sync, null if never measured. */
    public Long drift(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(READ_DRIFT); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return (Long) rs.getObject(1, Long.class);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
