package cn.zwgk.server.reference;

import cn.zwgk.core.sync.RecordType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** SQL of reference records (notice templates, working-day calendars). Callers own the transaction. */
public final class ReferenceStore {
    static final String DELETE = "DELETE FROM reference_record WHERE record_type = ? AND id = ?";
    static final String INSERT = "INSERT INTO reference_record (record_type, id, version, payload) VALUES (?, ?, ?, ?)";

    public void put(Connection c, RecordType type, String id, long version, String payload) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(DELETE); PreparedStatement insert = c.prepareStatement(INSERT)) {
            delete.setString(1, type.name());
            delete.setString(2, id);
            delete.executeUpdate();
            insert.setString(1, type.name());
            insert.setString(2, id);
            insert.setLong(3, version);
            insert.setString(4, payload);
            insert.executeUpdate();
        }
    }
}
