package cn.zwgk.server.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Update-or-insert by primary key in two batches (UPDATE all, then INSERT those no row matched):
 * portable across Derby and PostgreSQL, which share no MERGE/UPSERT syntax. Callers own the transaction.
 *
 * @param <T> the record written
 */
public final class KeyedUpsert<T> {
    private final String update;
    private final String insert;
    private final Function<T, Object[]> values;

    /**
     * @param table   table name
     * @param key     primary-key column
     * @param columns the other columns
     * @param values  the key's value first, then one value per column in order
     */
    public KeyedUpsert(String table, String key, List<String> columns, Function<T, Object[]> values) {
        this.update = "UPDATE " + table + " SET " + String.join(" = ?, ", columns) + " = ? WHERE " + key + " = ?";
        this.insert = "INSERT INTO " + table + " (" + key + ", " + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size() + 1, "?")) + ")";
        this.values = values;
    }

    /** Inserts records known to be new (no row has their key): one batch, no UPDATE first. */
    public void insert(Connection c, List<T> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (T record : records) {
                Object[] row = values.apply(record);
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void write(Connection c, List<T> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        List<Object[]> rows = records.stream().map(values).toList();
        int[] updated;
        try (PreparedStatement ps = c.prepareStatement(update)) {
            for (Object[] row : rows) {
                for (int i = 1; i < row.length; i++) {
                    ps.setObject(i, row[i]);
                }
                ps.setObject(row.length, row[0]);
                ps.addBatch();
            }
            updated = ps.executeBatch();
        }
        List<Object[]> missing = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (updated[i] == 0) {
                missing.add(rows.get(i));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            for (Object[] row : missing) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
