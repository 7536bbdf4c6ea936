package cn.zwgk.kiosk.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** SQL of the outbox: records created on this kiosk, waiting for the server's acknowledgement. */
public final class OutboxStore {
    static final String INSERT = """
            INSERT INTO outbox (id, record_type, payload, created_at) VALUES (?, ?, ?, ?)""";
    static final String PENDING = """
            SELECT id, record_type, payload FROM outbox WHERE sent_at IS NULL ORDER BY created_at, id
            FETCH FIRST ? ROWS ONLY""";
    static final String COUNT_PENDING = "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL";
    static final String MARK_SENT = """
            UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = ? WHERE id = ? AND sent_at IS NULL""";
    static final String HELD = """
            SELECT record_type, last_error FROM outbox WHERE sent_at IS NOT NULL AND last_error IS NOT NULL
            ORDER BY sent_at DESC FETCH FIRST 20 ROWS ONLY""";
    static final String MARK_FAILED = "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?";

    /** One record waiting to go up; {@code payload} exactly as first stored. */
    public record Pending(String id, String type, String payload) {
    }

    /** Stores a record in the caller's transaction: the same transaction that created it locally. */
    public void enqueue(Connection c, String id, String type, String payloadJson, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, id);
            ps.setString(2, type);
            ps.setString(3, payloadJson);
            ps.setTimestamp(4, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    public List<Pending> pending(Connection c, int limit) throws SQLException {
        List<Pending> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(PENDING)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Pending(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return list;
    }

    public int countPending(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT_PENDING); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Marks a record acknowledged; {@code note} records e.g. that the server kept it as a conflict. */
    public void markSent(Connection c, String id, Instant at, String note) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MARK_SENT)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, note);
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    /** Sent records the server did not simply accept (conflict, held, refused): "TYPE: note". */
    public List<String> held(Connection c) throws SQLException {
        List<String> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(HELD); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(rs.getString(1) + ": " + rs.getString(2));
            }
        }
        return list;
    }

    public void markFailed(Connection c, String id, String error) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MARK_FAILED)) {
            ps.setString(1, error.length() > 1000 ? error.substring(0, 1000) : error);
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }
}
