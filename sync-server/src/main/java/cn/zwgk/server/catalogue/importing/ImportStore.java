package cn.zwgk.server.catalogue.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The SQL an import needs beyond {@link cn.zwgk.server.catalogue.CatalogueStore}. Callers own the transaction. */
final class ImportStore {
    static final String DOMAINS = "SELECT code, name FROM domain";
    static final String DELETE_ITEM = "DELETE FROM catalogue_item WHERE id = ?";

    /** Domain code and name key (简体, no spaces) → code, so a 领域 cell may hold either. */
    Map<String, String> domainKeys(Connection c) throws SQLException {
        Map<String, String> keys = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(DOMAINS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.put(ChineseText.key(rs.getString(1)), rs.getString(1));
                keys.put(ChineseText.key(rs.getString(2)), rs.getString(1));
            }
        }
        return keys;
    }

    void deleteItems(Connection c, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(DELETE_ITEM)) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
