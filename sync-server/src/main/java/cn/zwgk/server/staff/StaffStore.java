package cn.zwgk.server.staff;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** SQL of staff accounts and their login failures. Callers own the transaction. */
public final class StaffStore {
    static final String COLUMNS = "username, display_name, password_hash, roles, site_code, active, version, "
            + "failed_logins, last_failure_at";
    static final String FIND = "SELECT " + COLUMNS + " FROM staff_account WHERE username = ?";
    static final String ALL = "SELECT " + COLUMNS + " FROM staff_account ORDER BY username";
    static final String INSERT = """
            INSERT INTO staff_account (username, display_name, password_hash, roles, site_code, active, version,
            updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String UPDATE = """
            UPDATE staff_account SET display_name = ?, password_hash = ?, roles = ?, site_code = ?, active = ?,
            version = ?, updated_at = ? WHERE username = ? AND version = ?""";
    static final String FAILED = "UPDATE staff_account SET failed_logins = failed_logins + 1, last_failure_at = ? WHERE username = ?";
    static final String SUCCEEDED = "UPDATE staff_account SET failed_logins = 0, last_login_at = ? WHERE username = ?";
    static final String COUNT = "SELECT COUNT(*) FROM staff_account";

    /** An account with its login-failure state. */
    public record Row(StaffAccount account, int failedLogins, Instant lastFailure) {
    }

    public Optional<Row> find(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FIND)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    public List<Row> all(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ALL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(row(rs));
            }
        }
        return rows;
    }

    public int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    public void insert(Connection c, StaffAccount a, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, a.username());
            ps.setString(2, a.displayName());
            ps.setString(3, a.passwordHash());
            ps.setString(4, roles(a.roles()));
            ps.setString(5, a.siteCode());
            ps.setBoolean(6, a.active());
            ps.setLong(7, a.version());
            ps.setTimestamp(8, Timestamp.from(now));
            ps.executeUpdate();
        }
    }

    /** Writes {@code a} over the row at {@code expectedVersion}; false when someone else changed it first. */
    public boolean update(Connection c, StaffAccount a, long expectedVersion, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
            ps.setString(1, a.displayName());
            ps.setString(2, a.passwordHash());
            ps.setString(3, roles(a.roles()));
            ps.setString(4, a.siteCode());
            ps.setBoolean(5, a.active());
            ps.setLong(6, a.version());
            ps.setTimestamp(7, Timestamp.from(now));
            ps.setString(8, a.username());
            ps.setLong(9, expectedVersion);
            return ps.executeUpdate() == 1;
        }
    }

    public void loginFailed(Connection c, String username, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(FAILED)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, username);
            ps.executeUpdate();
        }
    }

    public void loginSucceeded(Connection c, String username, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SUCCEEDED)) {
            ps.setTimestamp(1, Timestamp.from(at));
            ps.setString(2, username);
            ps.executeUpdate();
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        Set<Role> roles = Arrays.stream(rs.getString(4).split(",")).filter(s -> !s.isBlank()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        StaffAccount account = new StaffAccount(rs.getString(1), rs.getString(2), rs.getString(3), roles,
                rs.getString(5), rs.getBoolean(6), rs.getLong(7));
        Timestamp lastFailure = rs.getTimestamp(9);
        return new Row(account, rs.getInt(8), lastFailure == null ? null : lastFailure.toInstant());
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
