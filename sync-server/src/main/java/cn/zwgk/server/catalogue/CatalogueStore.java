package cn.zwgk.server.catalogue;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.system.KeyedUpsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** SQL of the central catalogue: domains and items. Callers own the transaction. */
public final class CatalogueStore {
    static final String DOMAIN_CODES = "SELECT code FROM domain";
    static final String DOMAINS = "SELECT code, name, sort_order FROM domain ORDER BY sort_order, code";
    static final String ITEM = "SELECT payload FROM catalogue_item WHERE id = ?";
    static final String DELETE_ITEM = "DELETE FROM catalogue_item WHERE id = ?";
    static final String ITEMS = "SELECT payload FROM catalogue_item ORDER BY domain_code, id";
    static final String COUNT_BY_KIND = "SELECT kind, COUNT(*) FROM catalogue_item GROUP BY kind ORDER BY kind";

    private final KeyedUpsert<Domain> domains = new KeyedUpsert<>("domain", "code",
            List.of("name", "sort_order"), d -> new Object[] {d.code(), d.name(), d.sortOrder()});
    private final KeyedUpsert<CatalogueItem> items = new KeyedUpsert<>("catalogue_item", "id",
            List.of("kind", "domain_code", "name", "version", "payload"),
            i -> new Object[] {i.id(), i.kind().name(), i.domainCode(), i.name(), i.version(), SyncJson.write(i)});

    public void writeDomains(Connection c, List<Domain> list) throws SQLException {
        domains.write(c, list);
    }

    public void writeItems(Connection c, List<CatalogueItem> list) throws SQLException {
        items.write(c, list);
    }

    /** Items known to be new (fresh ids): inserted without looking for a row to update first. */
    public void insertItems(Connection c, List<CatalogueItem> list) throws SQLException {
        items.insert(c, list);
    }

    public Set<String> domainCodes(Connection c) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(DOMAIN_CODES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    public List<Domain> domains(Connection c) throws SQLException {
        List<Domain> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(DOMAINS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Domain(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return list;
    }

    public java.util.Optional<CatalogueItem> item(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ITEM)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? java.util.Optional.of(SyncJson.read(rs.getString(1), CatalogueItem.class))
                        : java.util.Optional.empty();
            }
        }
    }

    public void deleteItem(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE_ITEM)) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    public List<CatalogueItem> allItems(Connection c) throws SQLException {
        List<CatalogueItem> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ITEMS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(SyncJson.read(rs.getString(1), CatalogueItem.class));
            }
        }
        return list;
    }

    /** Item counts by kind name (ITEM, INTERPRETATION, HOT_QUESTION). */
    public List<Object[]> countByKind(Connection c) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(COUNT_BY_KIND); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getString(1), rs.getLong(2)});
            }
        }
        return rows;
    }
}
