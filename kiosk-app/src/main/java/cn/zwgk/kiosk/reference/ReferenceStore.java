package cn.zwgk.kiosk.reference;

import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL of the kiosk's reference records: notice templates (for local notices) and working-day calendars
 * (for request deadlines), as the central office published them. Callers own the transaction.
 */
public final class ReferenceStore {
    static final String DELETE = "DELETE FROM reference_record WHERE record_type = ? AND id = ?";
    static final String INSERT = "INSERT INTO reference_record (record_type, id, payload) VALUES (?, ?, ?)";
    static final String ALL = "SELECT payload FROM reference_record WHERE record_type = ? ORDER BY id";

    public void put(Connection c, RecordType type, String id, String payload) throws SQLException {
        remove(c, type, id);
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, type.name());
            ps.setString(2, id);
            ps.setString(3, payload);
            ps.executeUpdate();
        }
    }

    public void remove(Connection c, RecordType type, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE)) {
            ps.setString(1, type.name());
            ps.setString(2, id);
            ps.executeUpdate();
        }
    }

    public <T> List<T> all(Connection c, RecordType type, Class<T> recordClass) throws SQLException {
        List<T> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ALL)) {
            ps.setString(1, type.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(SyncJson.read(rs.getString(1), recordClass));
                }
            }
        }
        return list;
    }
}
