package cn.zwgk.server.template;

import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** SQL of every published template version ({@code template_version}). Callers own the transaction. */
public final class TemplateStore {
    static final String DELETE = "DELETE FROM template_version WHERE template_id = ? AND version = ?";
    static final String INSERT = """
            INSERT INTO template_version (template_id, version, payload, published_at, published_by) VALUES (?, ?, ?, ?, ?)""";
    static final String ALL = """
            SELECT payload, published_at, published_by FROM template_version ORDER BY template_id, version""";

    private final Clock clock;

    public TemplateStore(Clock clock) {
        this.clock = clock;
    }

    /** One stored version with who published it when. */
    public record Stored(NoticeTemplate template, Instant publishedAt, String publishedBy) {
    }

    /** Stores {@code t} under its id and version (the same version again replaces it: an import run twice). */
    public void put(Connection c, NoticeTemplate t, String publishedBy) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DELETE)) {
            ps.setString(1, t.id());
            ps.setInt(2, t.version());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, t.id());
            ps.setInt(2, t.version());
            ps.setString(3, SyncJson.write(t));
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            ps.setString(5, publishedBy);
            ps.executeUpdate();
        }
    }

    public List<Stored> all(Connection c) throws SQLException {
        List<Stored> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ALL); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Stored(SyncJson.read(rs.getString(1), NoticeTemplate.class), rs.getTimestamp(2).toInstant(),
                        rs.getString(3)));
            }
        }
        return list;
    }
}
