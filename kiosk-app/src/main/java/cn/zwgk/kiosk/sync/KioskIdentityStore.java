package cn.zwgk.kiosk.sync;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** SQL of the single kiosk_identity row. Callers own the transaction. */
public final class KioskIdentityStore {
    static final String READ = """
            SELECT kiosk_id, site_code, token, server_url, public_key, key_id FROM kiosk_identity WHERE id = 1""";
    static final String DELETE = "DELETE FROM kiosk_identity WHERE id = 1";
    static final String INSERT = """
            INSERT INTO kiosk_identity (id, kiosk_id, site_code, token, server_url, public_key, key_id, enrolled_at)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?)""";
    static final String SET_TOKEN = "UPDATE kiosk_identity SET token = ? WHERE id = 1";

    public Optional<KioskIdentity> read(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(READ); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(new KioskIdentity(rs.getString(1), rs.getString(2), rs.getString(3),
                    URI.create(rs.getString(4)), rs.getString(5), rs.getString(6))) : Optional.empty();
        }
    }

    public void save(Connection c, KioskIdentity identity, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE)) {
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, identity.kioskId());
            ps.setString(2, identity.siteCode());
            ps.setString(3, identity.token());
            ps.setString(4, identity.server().toString());
            ps.setString(5, identity.publicKey());
            ps.setString(6, identity.keyId());
            ps.setTimestamp(7, Timestamp.from(at));
            ps.executeUpdate();
        }
    }

    public void setToken(Connection c, String token) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SET_TOKEN)) {
            ps.setString(1, token);
            ps.executeUpdate();
        }
    }
}
