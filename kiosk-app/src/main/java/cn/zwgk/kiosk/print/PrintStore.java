package cn.zwgk.kiosk.print;

import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQL of what can be printed: the kiosk's disclosure items (not interpretations or Q&amp;A) and its domains. */
final class PrintStore {
    static final String ITEMS = "SELECT payload FROM catalogue_item WHERE kind = 'ITEM' ORDER BY domain_code, serial_no, id";
    static final String DOMAINS = "SELECT code, name, sort_order FROM domain ORDER BY sort_order, code";

    List<CatalogueItem> items(Connection c) throws SQLException {
        List<CatalogueItem> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ITEMS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(SyncJson.read(rs.getString(1), CatalogueItem.class));
            }
        }
        return out;
    }

    List<Domain> domains(Connection c) throws SQLException {
        List<Domain> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(DOMAINS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Domain(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
        }
        return out;
    }
}
