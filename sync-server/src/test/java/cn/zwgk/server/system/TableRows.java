package cn.zwgk.server.system;

import cn.zwgk.core.store.Database;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of a store as text, for comparing a database before and after a migration (Derby or
 * PostgreSQL, the connection's current schema; Flyway's own history table left out).
 */
final class TableRows {

    private TableRows() {
    }

    /** Table (upper case) → its columns, as the database names them, in their order. */
    static Map<String, List<String>> columns(Database database) {
        return database.inTransaction(c -> {
            Map<String, List<String>> columns = new TreeMap<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet tables = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME");
                    if (!table.equalsIgnoreCase("flyway_schema_history")) {
                        columns.put(table, columnsOf(c, table));
                    }
                }
            }
            return columns;
        });
    }

    /** Table (upper case) → its rows over {@code columns}, each row its values joined, the rows sorted. */
    static Map<String, List<String>> rows(Database database, Map<String, List<String>> columns) {
        return database.inTransaction(c -> {
            Map<String, List<String>> rows = new TreeMap<>();
            for (var table : columns.entrySet()) {
                String select = "SELECT " + String.join(", ", table.getValue().stream().map(TableRows::quoted).toList())
                        + " FROM " + quoted(table.getKey());
                List<String> values = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(select)) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= table.getValue().size(); i++) {
                            row.append(i == 1 ? "" : " | ").append(rs.getString(i));
                        }
                        values.add(row.toString());
                    }
                }
                values.sort(null);
                rows.put(table.getKey().toUpperCase(Locale.ROOT), values);
            }
            return rows;
        });
    }

    /** The version of the last successful migration applied. */
    static String schemaVersion(Database database) {
        return database.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT \"version\" FROM"
                    + " \"flyway_schema_history\" WHERE \"success\" = TRUE ORDER BY \"installed_rank\" DESC")) {
                return rs.next() ? rs.getString(1) : null;
            }
        });
    }

    private static List<String> columnsOf(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, c.getSchema(), table, "%")) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
