package cn.zwgk.kiosk.staff;

import cn.zwgk.core.staff.StaffAccount;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** SQL of the synced staff accounts and of failed-login counts. Callers own the transaction. */
public final class StaffStore {
    static final String DELETE = "DELETE FROM staff_account WHERE username = ?";
    static final String INSERT = "INSERT INTO staff_account (username, site_code, active, payload) VALUES (?, ?, ?, ?)";
    static final String BY_NAME = "SELECT payload FROM staff_account WHERE username = ?";
    static final String FAILURES = "SELECT failures, last_failure FROM staff_login_failure WHERE username = ?";
    static final String DELETE_FAILURES = "DELETE FROM staff_login_failure WHERE username = ?";
    static final String INSERT_FAILURES = "INSERT INTO staff_login_failure (username, failures, last_failure) VALUES (?, ?, ?)";

    /** Consecutive failed logins and when the last one was. */
    public record Failures(int count, Instant last) {
    }

    public void put(Connection c, StaffAccount account) throws SQLException {
        remove(c, account.username());
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, account.username());
            ps.setString(2, account.siteCode());
            ps.setShort(3, (short) (account.active() ? 1 : 0));
            ps.setString(4, SyncJson.write(account));
            ps.executeUpdate();
        }
    }

    public void remove(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE)) {
            ps.setString(1, username);
            ps.executeUpdate();
        }
    }

    public Optional<StaffAccount> byUsername(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BY_NAME)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(SyncJson.read(rs.getString(1), StaffAccount.class)) : Optional.empty();
            }
        }
    }

    public Failures failures(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FAILURES)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Failures(rs.getInt(1), rs.getTimestamp(2).toInstant()) : new Failures(0, null);
            }
        }
    }

    public void setFailures(Connection c, String username, int count, Instant last) throws SQLException {
        clearFailures(c, username);
        try (PreparedStatement ps = c.prepareStatement(INSERT_FAILURES)) {
            ps.setString(1, username);
            ps.setInt(2, count);
            ps.setTimestamp(3, Timestamp.from(last));
            ps.executeUpdate();
        }
    }

    public void clearFailures(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE_FAILURES)) {
            ps.setString(1, username);
            ps.executeUpdate();
        }
    }
}
