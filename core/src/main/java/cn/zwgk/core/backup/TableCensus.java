package cn.zwgk.core.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** What a database holds, in the terms a backup manifest records: row count per table and schema version. */
public final class TableCensus {
    private static final String FLYWAY_TABLE = "flyway_schema_history";

    private TableCensus() {
    }

    /** Row count of every user table, keyed {@code SCHEMA.TABLE}. */
    public static SortedMap<String, Long> rowCounts(Connection c) throws SQLException {
        SortedMap<String, Long> counts = new TreeMap<>();
        for (String[] table : tables(c)) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + quote(table[0]) + "." + quote(table[1]))) {
                rs.next();
                counts.put(table[0] + "." + table[1], rs.getLong(1));
            }
        }
        return counts;
    }

    /**
     * SHA-256 over the sorted rows of every user table, keyed {@code SCHEMA.TABLE}: two databases with equal
     * digests hold the same rows (whatever their physical order); for comparing a restore with its source.
     */
    public static SortedMap<String, String> rowDigests(Connection c) throws SQLException {
        SortedMap<String, String> digests = new TreeMap<>();
        for (String[] table : tables(c)) {
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT * FROM " + quote(table[0]) + "." + quote(table[1]))) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(text(rs.getObject(i))).append('\u001f');
                    }
                    rows.add(row.toString());
                }
            }
            java.util.Collections.sort(rows);
            digests.put(table[0] + "." + table[1],
                    cn.zwgk.core.sync.Sha256.of(String.join("\n", rows).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return digests;
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        if (value instanceof java.sql.Blob blob) {
            value = blob.getBytes(1, (int) blob.length());
        }
        return value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : String.valueOf(value);
    }

    /** The highest successfully applied Flyway version, or "" when the database has no Flyway history. */
    public static String schemaVersion(Connection c) throws SQLException {
        for (String[] table : tables(c)) {
            if (table[1].equalsIgnoreCase(FLYWAY_TABLE)) {
                String sql = "SELECT \"version\" FROM " + quote(table[0]) + "." + quote(table[1])
                        + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL";
                String best = "";
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        best = newer(best, rs.getString(1));
                    }
                }
                return best;
            }
        }
        return "";
    }

    private static List<String[]> tables(Connection c) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (!schema.startsWith("SYS") && !schema.equals("information_schema") && !schema.equals("pg_catalog")) {
                    tables.add(new String[] {schema, rs.getString("TABLE_NAME")});
                }
            }
        }
        return tables;
    }

    /** Flyway versions compare part by part as numbers ("10" after "9"). */
    static String newer(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return p > q ? a : b;
            }
        }
        return a;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
