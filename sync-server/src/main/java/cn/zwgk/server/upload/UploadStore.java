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

    Optional<String> hashOf(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HASH_OF)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
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
