package cn.zwgk.server.catalogue.history;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/** SQL of the catalogue item history. Callers own the transaction (the change and its history commit together). */
public final class CatalogueHistoryStore {
    static final String APPEND = """
            INSERT INTO catalogue_item_history (item_id, version, change_kind, author, changed_at, source, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    static final String OF_ITEM = """
            SELECT change_kind, author, changed_at, source, payload FROM catalogue_item_history
            WHERE item_id = ? ORDER BY id DESC""";
    private static final int SOURCE_MAX = 300;

    public void append(Connection c, List<ItemVersion> versions) throws SQLException {
        if (versions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(APPEND)) {
            for (ItemVersion v : versions) {
                ps.setString(1, v.item().id());
                ps.setLong(2, v.item().version());
                ps.setString(3, v.kind().name());
                ps.setString(4, v.author());
                ps.setTimestamp(5, Timestamp.from(v.at()));
                String source = v.source();
                ps.setString(6, source == null || source.length() <= SOURCE_MAX ? source : source.substring(0, SOURCE_MAX));
                ps.setString(7, SyncJson.write(v.item()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Newest first. */
    public List<ItemVersion> history(Connection c, String itemId) throws SQLException {
        List<ItemVersion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(OF_ITEM)) {
            ps.setString(1, itemId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ItemVersion(ChangeKind.valueOf(rs.getString(1)), rs.getString(2),
                            rs.getTimestamp(3).toInstant(), rs.getString(4),
                            SyncJson.read(rs.getString(5), CatalogueItem.class)));
                }
            }
        }
        return out;
    }
}
