package cn.zwgk.core.catalogue;

import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The data step of the migration that made 公开层级 a set (central V13, kiosk V8): every stored catalogue
 * item payload of the single-level shape ({@code "level":"COUNTY"}) gains {@code "levels":["COUNTY"]}; every
 * other field is kept as stored, and no row is added or removed. Reads in pages by key, so a large catalogue
 * never sits in memory at once. Portable SQL (Derby and PostgreSQL).
 */
public final class LevelsMigration {
    static final int PAGE = 500;

    private LevelsMigration() {
    }

    /**
     * @param table     a table with a JSON {@code payload} column holding catalogue items
     * @param keyColumn its unique key (ordered)
     * @return the rows rewritten
     */
    public static int upgrade(Connection c, String table, String keyColumn) throws SQLException {
        String first = "SELECT " + keyColumn + ", payload FROM " + table + " ORDER BY " + keyColumn
                + " FETCH FIRST " + PAGE + " ROWS ONLY";
        String next = "SELECT " + keyColumn + ", payload FROM " + table + " WHERE " + keyColumn + " > ? ORDER BY "
                + keyColumn + " FETCH FIRST " + PAGE + " ROWS ONLY";
        String update = "UPDATE " + table + " SET payload = ? WHERE " + keyColumn + " = ?";
        int rewritten = 0;
        Object after = null;
        while (true) {
            List<Object[]> page = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(after == null ? first : next)) {
                if (after != null) {
                    ps.setObject(1, after);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(new Object[] {rs.getObject(1), rs.getString(2)});
                    }
                }
            }
            if (page.isEmpty()) {
                return rewritten;
            }
            try (PreparedStatement ps = c.prepareStatement(update)) {
                for (Object[] row : page) {
                    String upgraded = upgrade((String) row[1]);
                    if (upgraded != null) {
                        ps.setString(1, upgraded);
                        ps.setObject(2, row[0]);
                        ps.addBatch();
                        rewritten++;
                    }
                }
                ps.executeBatch();
            }
            after = page.getLast()[0];
        }
    }

    /** The payload with {@code levels} added, or null when it needs nothing. */
    static String upgrade(String payload) {
        if (payload == null || payload.contains("\"levels\"")) {
            return null;
        }
        JsonNode node = SyncJson.mapper().readTree(payload);
        if (!(node instanceof ObjectNode item) || !item.hasNonNull("level")) {
            return null;
        }
        item.putArray("levels").add(item.get("level").asString());
        return SyncJson.mapper().writeValueAsString(item);
    }
}
