package cn.zwgk.server.sync;

import cn.zwgk.core.sync.Change;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** SQL of the central change log. Callers own the transaction. */
public final class ChangeLogStore {
    static final String INSERT = """
            INSERT INTO change_log (record_type, record_id, op, scope_site, payload, created_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    static final String PAGE = """
            SELECT seq, record_type, record_id, op, payload FROM change_log
            WHERE seq > ? ORDER BY seq FETCH FIRST ? ROWS ONLY""";
    static final String LATEST = "SELECT MAX(seq) FROM change_log";

    private final Clock clock;

    public ChangeLogStore(Clock clock) {
        this.clock = clock;
    }

    public void append(Connection c, List<LogEntry> entries) throws SQLException {
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (LogEntry e : entries) {
                ps.setString(1, e.type().name());
                ps.setString(2, e.id());
                ps.setString(3, e.op().name());
                ps.setString(4, e.scopeSite());
                ps.setString(5, e.payload());
                ps.setTimestamp(6, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Up to {@code limit} changes after {@code since}, in seq order. */
    public List<Change> since(Connection c, long since, int limit) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(PAGE)) {
            ps.setLong(1, since);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String payload = rs.getString(5);
                    changes.add(new Change(rs.getLong(1), RecordType.valueOf(rs.getString(2)), rs.getString(3),
                            ChangeOp.valueOf(rs.getString(4)),
                            payload == null ? null : SyncJson.mapper().readTree(payload)));
                }
            }
        }
        return changes;
    }

    public long latestSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LATEST); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
