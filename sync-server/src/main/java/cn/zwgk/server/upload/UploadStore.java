package cn.zwgk.server.upload;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

/** SQL of records uploaded by kiosks and of refused duplicates. Callers own the transaction. */
final class UploadStore {
    static final String HASH_OF = "SELECT content_hash FROM upload WHERE id = ?";
    static final String INSERT = """
            INSERT INTO upload (id, kiosk_id, record_type, content_hash, payload, received_at) VALUES (?, ?, ?, ?, ?, ?)""";
    static final String INSERT_CONFLICT = """
            INSERT INTO upload_conflict (id, kiosk_id, record_type, content_hash, payload, received_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    static final String INSERT_NOTICE_REFUSAL = """
            INSERT INTO notice_refusal (upload_id, kiosk_id, reason, payload, received_at) VALUES (?, ?, ?, ?, ?)""";

    Optional<String> hashOf(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HASH_OF)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** A refused notice upload, kept for a person to review (each attempt: the kiosk does not retry a 422). */
    void insertRefusal(Connection c, String uploadId, String kiosk, String reason, String payload, Timestamp at)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_NOTICE_REFUSAL)) {
            ps.setString(1, uploadId);
            ps.setString(2, kiosk);
            ps.setString(3, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
            ps.setString(4, payload);
            ps.setTimestamp(5, at);
            ps.executeUpdate();
        }
    }

    void insert(Connection c, String sql, String id, String kiosk, String type, String hash, String payload,
            Timestamp at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            ps.setString(2, kiosk);
            ps.setString(3, type);
            ps.setString(4, hash);
            ps.setString(5, payload);
            ps.setTimestamp(6, at);
            ps.executeUpdate();
        }
    }
}
