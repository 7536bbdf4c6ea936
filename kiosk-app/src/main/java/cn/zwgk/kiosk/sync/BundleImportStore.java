package cn.zwgk.kiosk.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

/** SQL of the bundle import log. Callers own the transaction. */
final class BundleImportStore {
    static final String INSERT = """
            INSERT INTO bundle_import (at_time, source, file_name, outcome, scope_site, since_seq, until_seq, changes, message)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String LAST = """
            SELECT at_time, source, file_name, outcome, scope_site, since_seq, until_seq, changes, message
            FROM bundle_import ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""";

    void record(Connection c, BundleImport i) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setTimestamp(1, Timestamp.from(i.at()));
            ps.setString(2, i.source());
            ps.setString(3, cut(i.fileName(), 400));
            ps.setString(4, i.outcome().name());
            ps.setString(5, cut(i.scope(), 40));
            ps.setObject(6, i.since());
            ps.setObject(7, i.until());
            ps.setLong(8, i.changes());
            ps.setString(9, cut(i.message(), 2000));
            ps.executeUpdate();
        }
    }

    Optional<BundleImport> last(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LAST); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new BundleImport(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                    BundleImport.Outcome.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, Long.class),
                    rs.getObject(7, Long.class), rs.getLong(8), rs.getString(9)));
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
