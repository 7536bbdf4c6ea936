package cn.zwgk.kiosk.clock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** SQL of the clock columns of the sync_state row. Callers own the transaction. */
final class ClockStore {
    static final String READ = """
            SELECT ntp_offset_ms, ntp_checked_at, ntp_error, clock_drift_ms, last_success_at FROM sync_state WHERE id = 1""";
    static final String NTP_OK = "UPDATE sync_state SET ntp_offset_ms = ?, ntp_checked_at = ?, ntp_error = NULL WHERE id = 1";
    static final String NTP_FAILED = "UPDATE sync_state SET ntp_error = ? WHERE id = 1";

    /** The stored clock facts; null fields were never measured. */
    record Facts(Long ntpDriftMillis, Instant ntpCheckedAt, String ntpError, Long syncDriftMillis, Instant syncAt) {
    }

    Facts read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(READ); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new Facts(rs.getObject(1, Long.class), instant(rs.getTimestamp(2)), rs.getString(3),
                    rs.getObject(4, Long.class), instant(rs.getTimestamp(5)));
        }
    }

    void ntpOk(Connection c, long driftMillis, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(NTP_OK)) {
            ps.setLong(1, driftMillis);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    void ntpFailed(Connection c, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(NTP_FAILED)) {
            ps.setString(1, error.length() > 500 ? error.substring(0, 500) : error);
            ps.executeUpdate();
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
