package cn.zwgk.kiosk.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * SQL that empties every table the change log fills, for the start of a snapshot (the snapshot then writes
 * back everything the server still has). A new synced record type must add its table here.
 */
final class SyncedTables {
    static final String[] CLEAR = {
        "DELETE FROM catalogue_item",
        "DELETE FROM notice",
        "DELETE FROM domain",
        "DELETE FROM site",
        "DELETE FROM reference_record",
        "DELETE FROM request_status",
        "DELETE FROM staff_account",
        // template_version is not cleared on purpose: notices render with the template version they were written with
    };

    private SyncedTables() {
    }

    static void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : CLEAR) {
                s.executeUpdate(sql);
            }
        }
    }
}
