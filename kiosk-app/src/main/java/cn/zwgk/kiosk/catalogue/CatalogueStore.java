package cn.zwgk.kiosk.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of the kiosk's copy of the catalogue. Callers own the transaction. */
public final class CatalogueStore {
    static final String DELETE_DOMAIN = "DELETE FROM domain WHERE code = ?";
    static final String INSERT_DOMAIN = "INSERT INTO domain (code, name, sort_order) VALUES (?, ?, ?)";
    static final String DELETE_ITEM = "DELETE FROM catalogue_item WHERE id = ?";
    static final String INSERT_ITEM = """
            INSERT INTO catalogue_item (id, kind, domain_code, serial_no, level1, name, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";
    /** Domains with at least one item, in the central office's order, with their item counts. */
    static final String DOMAIN_TILES = """
            SELECT d.code, d.name, d.sort_order, COUNT(i.id) FROM domain d
            JOIN catalogue_item i ON i.domain_code = d.code AND i.kind = 'ITEM'
            GROUP BY d.code, d.name, d.sort_order ORDER BY d.sort_order, d.code""";
    static final String DOMAIN = "SELECT code, name, sort_order FROM domain WHERE code = ?";
    static final String ITEMS_OF_DOMAIN = """
            SELECT payload FROM catalogue_item WHERE domain_code = ? AND kind = 'ITEM' ORDER BY serial_no, name""";
    /** The 一级事项 of a domain with their item counts, in the order of their first item in the list. */
    static final String LEVEL1_OF_DOMAIN = """
            SELECT level1, COUNT(*), MIN(serial_no) FROM catalogue_item WHERE domain_code = ? AND kind = 'ITEM'
            GROUP BY level1 ORDER BY 3, 1""";
    static final String ITEMS_OF_LEVEL1 = """
            SELECT payload FROM catalogue_item WHERE domain_code = ? AND kind = 'ITEM' AND level1 = ?
            ORDER BY serial_no, name""";
    static final String ITEM = "SELECT payload FROM catalogue_item WHERE id = ?";
    static final String ALL_ITEM_IDS = "SELECT id FROM catalogue_item ORDER BY id";
    static final String COUNT_ITEMS = "SELECT COUNT(*) FROM catalogue_item";

    public void putDomain(Connection c, Domain d) throws SQLException {
        removeDomain(c, d.code());
        try (PreparedStatement ps = c.prepareStatement(INSERT_DOMAIN)) {
            ps.setString(1, d.code());
            ps.setString(2, d.name());
            ps.setInt(3, d.sortOrder());
            ps.executeUpdate();
        }
    }

    public void removeDomain(Connection c, String code) throws SQLException {
        delete(c, DELETE_DOMAIN, code);
    }

    public void putItem(Connection c, CatalogueItem item) throws SQLException {
        putItems(c, List.of(item));
    }

    /** Replaces or adds items in two batches (ids must be distinct). */
    public void putItems(Connection c, List<CatalogueItem> items) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        removeItems(c, items.stream().map(CatalogueItem::id).toList());
        try (PreparedStatement ps = c.prepareStatement(INSERT_ITEM)) {
            for (CatalogueItem item : items) {
                ps.setString(1, item.id());
                ps.setString(2, item.kind().name());
                ps.setString(3, item.domainCode());
                ps.setInt(4, item.serialNo());
                ps.setString(5, item.level1());
                ps.setString(6, item.name());
                ps.setString(7, SyncJson.write(item));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void removeItems(Connection c, List<String> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE_ITEM)) {
            for (String id : ids) {
                ps.setString(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public void removeItem(Connection c, String id) throws SQLException {
        delete(c, DELETE_ITEM, id);
    }

    public List<DomainTile> domainTiles(Connection c) throws SQLException {
        List<DomainTile> tiles = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(DOMAIN_TILES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tiles.add(new DomainTile(new Domain(rs.getString(1), rs.getString(2), rs.getInt(3)), rs.getInt(4)));
            }
        }
        return tiles;
    }

    public Optional<Domain> domain(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DOMAIN)) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Domain(rs.getString(1), rs.getString(2), rs.getInt(3)))
                        : Optional.empty();
            }
        }
    }

    public List<CatalogueItem> itemsOf(Connection c, String domainCode) throws SQLException {
        List<CatalogueItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ITEMS_OF_DOMAIN)) {
            ps.setString(1, domainCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(SyncJson.read(rs.getString(1), CatalogueItem.class));
                }
            }
        }
        return items;
    }

    public List<Level1Entry> level1Entries(Connection c, String domainCode) throws SQLException {
        List<Level1Entry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LEVEL1_OF_DOMAIN)) {
            ps.setString(1, domainCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(Level1Entry.of(rs.getString(1), rs.getInt(2)));
                }
            }
        }
        return entries;
    }

    public List<CatalogueItem> itemsOfLevel1(Connection c, String domainCode, String level1) throws SQLException {
        List<CatalogueItem> items = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ITEMS_OF_LEVEL1)) {
            ps.setString(1, domainCode);
            ps.setString(2, level1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    items.add(SyncJson.read(rs.getString(1), CatalogueItem.class));
                }
            }
        }
        return items;
    }

    public Optional<CatalogueItem> item(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ITEM)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(SyncJson.read(rs.getString(1), CatalogueItem.class)) : Optional.empty();
            }
        }
    }

    public List<String> allItemIds(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ALL_ITEM_IDS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    public long countItems(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT_ITEMS); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void delete(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            ps.executeUpdate();
        }
    }
}
