package cn.zwgk.kiosk.search;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** SQL behind search: the records an index rebuild reads, the LIKE fallback, item views. Callers own the transaction. */
public final class SearchStore {
    static final String ALL_ITEMS = "SELECT payload FROM catalogue_item";
    static final String PUBLISHED_NOTICES = "SELECT payload FROM notice WHERE status = 'PUBLISHED'";
    static final String COUNT_ITEMS = "SELECT COUNT(*) FROM catalogue_item";
    static final String COUNT_PUBLISHED_NOTICES = "SELECT COUNT(*) FROM notice WHERE status = 'PUBLISHED'";
    static final String SITE_PARENT = "SELECT parent_code FROM site WHERE code = ?";
    static final String DOMAIN_NAMES = "SELECT code, name FROM domain";
    /** The scan the index replaces: every item whose name or record contains the text. '!' escapes % and _. */
    static final String LIKE_SCAN = """
            SELECT id, kind, domain_code, name FROM catalogue_item
            WHERE name LIKE ? ESCAPE '!' OR payload LIKE ? ESCAPE '!'""";
    /** While the index is being built: names only, a few rows. */
    static final String LIKE_NAMES = """
            SELECT id, kind, domain_code, name FROM catalogue_item
            WHERE name LIKE ? ESCAPE '!' OR name LIKE ? ESCAPE '!' ORDER BY name FETCH FIRST ? ROWS ONLY""";
    static final String COUNT_VIEW = "UPDATE item_view SET views = views + 1 WHERE item_id = ?";
    static final String FIRST_VIEW = "INSERT INTO item_view (item_id, views) VALUES (?, 1)";
    static final String POPULAR_ITEMS = """
            SELECT i.id, i.name, i.domain_code FROM item_view v JOIN catalogue_item i ON i.id = v.item_id
            WHERE v.views >= ? AND i.kind = 'ITEM' ORDER BY v.views DESC, i.name FETCH FIRST ? ROWS ONLY""";
    static final String LARGEST_DOMAINS = """
            SELECT domain_code, COUNT(*) FROM catalogue_item WHERE kind = 'ITEM'
            GROUP BY domain_code ORDER BY 2 DESC, 1 FETCH FIRST ? ROWS ONLY""";
    static final String FIRST_ITEM_OF_DOMAIN = """
            SELECT id, name, domain_code FROM catalogue_item WHERE domain_code = ? AND kind = 'ITEM'
            ORDER BY serial_no, name FETCH FIRST 1 ROWS ONLY""";

    /** District → street → community: deeper trees are bad data. */
    static final int MAX_SITE_DEPTH = 5;

    /** A catalogue row as the LIKE scans return it. */
    public record ItemRow(String id, String kind, String domainCode, String name) {
    }

    /** An item suggested when nothing was found. */
    public record PopularItem(String id, String name, String domainCode) {
    }

    public void forEachItem(Connection c, Consumer<CatalogueItem> action) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ALL_ITEMS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                action.accept(SyncJson.read(rs.getString(1), CatalogueItem.class));
            }
        }
    }

    public void forEachPublishedNotice(Connection c, Consumer<Notice> action) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PUBLISHED_NOTICES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                action.accept(SyncJson.read(rs.getString(1), Notice.class));
            }
        }
    }

    /** How many documents a complete index holds: every catalogue entry and every published notice. */
    public long countIndexable(Connection c) throws SQLException {
        return count(c, COUNT_ITEMS) + count(c, COUNT_PUBLISHED_NOTICES);
    }

    /** {@code siteCode} and the sites above it (street, district), nearest first; bounded against loops. */
    public List<String> siteChain(Connection c, String siteCode) throws SQLException {
        List<String> chain = new ArrayList<>();
        String code = siteCode;
        try (PreparedStatement ps = c.prepareStatement(SITE_PARENT)) {
            while (code != null && !chain.contains(code) && chain.size() < MAX_SITE_DEPTH) {
                chain.add(code);
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    code = rs.next() ? rs.getString(1) : null;
                }
            }
        }
        return chain;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public Map<String, String> domainNames(Connection c) throws SQLException {
        Map<String, String> names = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(DOMAIN_NAMES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        return names;
    }

    /** Every item whose name or record contains {@code text} (a full scan: for comparison and tests). */
    public List<ItemRow> likeScan(Connection c, String text) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LIKE_SCAN)) {
            ps.setString(1, contains(text));
            ps.setString(2, contains(text));
            return rows(ps);
        }
    }

    /** Up to {@code limit} items whose name contains {@code text} or {@code alternative}. */
    public List<ItemRow> likeNames(Connection c, String text, String alternative, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LIKE_NAMES)) {
            ps.setString(1, contains(text));
            ps.setString(2, contains(alternative));
            ps.setInt(3, limit);
            return rows(ps);
        }
    }

    public void countView(Connection c, String itemId) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(COUNT_VIEW)) {
            update.setString(1, itemId);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(FIRST_VIEW)) {
            insert.setString(1, itemId);
            insert.executeUpdate();
        }
    }

    public List<PopularItem> popularItems(Connection c, int minViews, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(POPULAR_ITEMS)) {
            ps.setInt(1, minViews);
            ps.setInt(2, limit);
            return popular(ps);
        }
    }

    /** The first item of each of the {@code limit} largest domains: a fixed pick before views are counted. */
    public List<PopularItem> firstItemsOfLargestDomains(Connection c, int limit) throws SQLException {
        List<String> domains = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LARGEST_DOMAINS)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    domains.add(rs.getString(1));
                }
            }
        }
        List<PopularItem> items = new ArrayList<>();
        for (String domain : domains) {
            try (PreparedStatement ps = c.prepareStatement(FIRST_ITEM_OF_DOMAIN)) {
                ps.setString(1, domain);
                items.addAll(popular(ps));
            }
        }
        return items;
    }

    private static List<PopularItem> popular(PreparedStatement ps) throws SQLException {
        List<PopularItem> items = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                items.add(new PopularItem(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return items;
    }

    private static List<ItemRow> rows(PreparedStatement ps) throws SQLException {
        List<ItemRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new ItemRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return rows;
    }

    private static String contains(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
