package cn.zwgk.server.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

/** SQL of enrolment codes and kiosk credentials. Callers own the transaction. */
final class EnrolmentStore {
    static final String INSERT_CODE = """
            INSERT INTO enrolment_code (code_hash, site_code, created_at, expires_at, kiosk_id) VALUES (?, ?, ?, ?, ?)""";
    static final String FIND_CODE = """
            SELECT site_code, expires_at, used_at, kiosk_id FROM enrolment_code WHERE code_hash = ? FOR UPDATE""";
    static final String USE_CODE = "UPDATE enrolment_code SET used_at = ?, used_by = ? WHERE code_hash = ?";
    static final String KIOSK_STATUS = "SELECT status FROM kiosk WHERE id = ?";
    static final String INSERT_KIOSK = """
            INSERT INTO kiosk (id, site_code, first_seen, last_seen, last_checkpoint, credential_hash, status, enrolled_at)
            VALUES (?, ?, ?, ?, 0, ?, 'ACTIVE', ?)""";
    static final String REENROL_KIOSK = """
            UPDATE kiosk SET site_code = ?, credential_hash = ?, status = 'ACTIVE', enrolled_at = ?, revoked_at = NULL,
            last_checkpoint = 0 WHERE id = ?""";
    static final String CREDENTIAL = "SELECT credential_hash, site_code, status FROM kiosk WHERE id = ?";
    static final String SET_CREDENTIAL = "UPDATE kiosk SET credential_hash = ? WHERE id = ? AND status = 'ACTIVE'";
    static final String REVOKE = "UPDATE kiosk SET status = 'REVOKED', revoked_at = ? WHERE id = ?";

    /** {@code kioskId}: the revoked kiosk a re-enrolment code is for; null for a new kiosk's code. */
    record CodeRow(String siteCode, Timestamp expiresAt, Timestamp usedAt, String kioskId) {
    }

    record CredentialRow(String hash, String siteCode, String status) {
    }

    void insertCode(Connection c, String hash, String site, Timestamp now, Timestamp expires, String kioskId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_CODE)) {
            ps.setString(1, hash);
            ps.setString(2, site);
            ps.setTimestamp(3, now);
            ps.setTimestamp(4, expires);
            ps.setString(5, kioskId);
            ps.executeUpdate();
        }
    }

    Optional<CodeRow> findCode(Connection c, String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIND_CODE)) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new CodeRow(rs.getString(1), rs.getTimestamp(2), rs.getTimestamp(3),
                        rs.getString(4)))
                        : Optional.empty();
            }
        }
    }

    void useCode(Connection c, String hash, String kioskId, Timestamp now) throws SQLException {
        update(c, USE_CODE, now, kioskId, hash);
    }

    Optional<String> kioskStatus(Connection c, String kioskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(KIOSK_STATUS)) {
            ps.setString(1, kioskId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    void insertKiosk(Connection c, String id, String site, String hash, Timestamp now) throws SQLException {
        update(c, INSERT_KIOSK, id, site, now, now, hash, now);
    }

    void reenrolKiosk(Connection c, String id, String site, String hash, Timestamp now) throws SQLException {
        update(c, REENROL_KIOSK, site, hash, now, id);
    }

    Optional<CredentialRow> credential(Connection c, String kioskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CREDENTIAL)) {
            ps.setString(1, kioskId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new CredentialRow(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }

    int setCredential(Connection c, String kioskId, String hash) throws SQLException {
        return update(c, SET_CREDENTIAL, hash, kioskId);
    }

    int revoke(Connection c, String kioskId, Timestamp now) throws SQLException {
        return update(c, REVOKE, now, kioskId);
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }
}
