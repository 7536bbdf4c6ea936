package cn.zwgk.core.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.SortedMap;

/**
 * A Derby database folder outside the running application (a backup copy, a restored one), booted on its
 * own in this JVM just long enough to be counted, then shut down so its files are whole again.
 */
final class DerbyCopy {

    /** What a Derby folder holds: its schema version and row counts. */
    record Census(String schemaVersion, SortedMap<String, Long> tables) {
    }

    private DerbyCopy() {
    }

    /** Boots {@code dir} (never creates it), counts, shuts it down; a folder that does not open is refused. */
    static Census census(Path dir) {
        String url = "jdbc:derby:" + dir.toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url)) {
            c.setReadOnly(true);
            return new Census(TableCensus.schemaVersion(c), TableCensus.rowCounts(c));
        } catch (SQLException e) {
            throw new BackupException("数据库副本无法打开：" + dir + "\nThe database copy does not open: " + dir + " ("
                    + e.getMessage() + ")", e);
        } finally {
            shutdown(url);
        }
    }

    private static void shutdown(String url) {
        try {
            DriverManager.getConnection(url + ";shutdown=true").close();
        } catch (SQLException e) {
            // 08006 is Derby's "database shut down"; anything else means it was not booted (nothing to release)
        }
    }
}
