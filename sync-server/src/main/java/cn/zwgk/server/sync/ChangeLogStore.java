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
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.util.RawValue;

/** SQL of the central change log. Callers own the transaction. */
public final class ChangeLogStore {
    static final String INSERT = """
            INSERT INTO change_log (seq, record_type, record_id, op, scope_site, payload, created_at, urgent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    /** Takes the next seqs; the row stays locked until the appending transaction ends (see V6). */
    static final String RESERVE = "UPDATE change_log_head SET last_seq = last_seq + ? WHERE id = 1";
    static final String HEAD = "SELECT last_seq FROM change_log_head WHERE id = 1";
    static final String PAGE = """
            SELECT seq, record_type, record_id, op, payload FROM change_log
            WHERE seq > ? ORDER BY seq FETCH FIRST ? ROWS ONLY""";
    /** District-wide records plus those of the kiosk's site and the sites above it (padded to three). */
    static final String SCOPED_PAGE = """
            SELECT seq, record_type, record_id, op, payload FROM change_log
            WHERE seq > ? AND seq <= ? AND (scope_site IS NULL OR scope_site IN (?, ?, ?))
            ORDER BY seq FETCH FIRST ? ROWS ONLY""";
    static final String SCOPED_URGENT = """
            SELECT MAX(seq) FROM change_log WHERE urgent = TRUE AND (scope_site IS NULL OR scope_site IN (?, ?, ?))""";
    static final String HORIZON = "SELECT purged_through FROM change_log_horizon WHERE id = 1";
    static final String SET_HORIZON = """
            UPDATE change_log_horizon SET purged_through = ?, purged_at = ? WHERE id = 1 AND purged_through < ?""";
    /** Every entry of a record deleted at or below the horizon: its tombstone and all before it. */
    static final String PURGE = """
            DELETE FROM change_log WHERE seq <= ? AND EXISTS (SELECT 1 FROM change_log t
            WHERE t.op = 'DELETE' AND t.seq <= ? AND t.seq >= change_log.seq
            AND t.record_type = change_log.record_type AND t.record_id = change_log.record_id)""";
    static final String ERASE = "DELETE FROM change_log WHERE record_type = ? AND record_id = ?";

    private final Clock clock;

    public ChangeLogStore(Clock clock) {
        this.clock = clock;
    }

    /**
     * Appends {@code entries} with the next seqs, in order. The seqs come from the change_log_head row,
     * which this transaction holds locked until it ends: a second appender (also on another server node)
     * waits, so seqs commit in ascending order and readers never see a later seq before an earlier one.
     * Returns the last seq assigned (the head's unchanged value when {@code entries} is empty).
     */
    public long append(Connection c, List<LogEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return head(c);
        }
        try (PreparedStatement ps = c.prepareStatement(RESERVE)) {
            ps.setInt(1, entries.size());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("change_log_head row missing (migration V6 not applied?)");
            }
        }
        long last = head(c);
        long seq = last - entries.size();
        Timestamp now = Timestamp.from(clock.instant());
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (LogEntry e : entries) {
                ps.setLong(1, ++seq);
                ps.setString(2, e.type().name());
                ps.setString(3, e.id());
                ps.setString(4, e.op().name());
                ps.setString(5, e.scopeSite());
                ps.setString(6, e.payload());
                ps.setTimestamp(7, now);
                ps.setBoolean(8, e.urgent());
                ps.addBatch();
                if (seq % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return last;
    }

    private static long head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HEAD); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Up to {@code limit} changes after {@code since}, in seq order. */
    public List<Change> since(Connection c, long since, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(PAGE)) {
            ps.setLong(1, since);
            ps.setInt(2, limit);
            return read(ps, payload -> SyncJson.mapper().readTree(payload));
        }
    }

    /**
     * Up to {@code limit} changes in (since, upTo] visible to a kiosk whose scope is {@code sites}. Payloads
     * are embedded as raw JSON (not parsed): they are only written back out, byte for byte.
     */
    public List<Change> scoped(Connection c, long since, long upTo, List<String> sites, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SCOPED_PAGE)) {
            ps.setLong(1, since);
            ps.setLong(2, upTo);
            bindScope(ps, 3, sites);
            ps.setInt(6, limit);
            return read(ps, payload -> JsonNodeFactory.instance.rawValueNode(new RawValue(payload)));
        }
    }

    /** Rows of (seq, record_type, record_id, op, payload) as changes; {@code asJson} turns a payload into a node. */
    private static List<Change> read(PreparedStatement ps, Function<String, JsonNode> asJson) throws SQLException {
        List<Change> changes = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String payload = rs.getString(5);
                changes.add(new Change(rs.getLong(1), RecordType.valueOf(rs.getString(2)), rs.getString(3),
                        ChangeOp.valueOf(rs.getString(4)), payload == null ? null : asJson.apply(payload)));
            }
        }
        return changes;
    }

    /** The newest urgent seq in the scope, 0 when none. */
    public long latestUrgent(Connection c, List<String> sites) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SCOPED_URGENT)) {
            bindScope(ps, 1, sites);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void bindScope(PreparedStatement ps, int first, List<String> sites) throws SQLException {
        if (sites.isEmpty() || sites.size() > 3) {
            throw new IllegalArgumentException("a scope is one to three sites, got " + sites);
        }
        for (int i = 0; i < 3; i++) {
            ps.setString(first + i, sites.get(Math.min(i, sites.size() - 1)));
        }
    }

    /**
     * The newest committed seq: the head, not MAX(seq), which could go down when purged or erased entries
     * were the newest.
     */
    public long latestSeq(Connection c) throws SQLException {
        return head(c);
    }

    /** The seq of the newest change to one record, 0 when the log holds none (never written, or purged). */
    public long latestSeqOf(Connection c, RecordType type, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT MAX(seq) FROM change_log WHERE record_type = ? AND record_id = ?")) {
            ps.setString(1, type.name());
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** Tombstones at or below this seq (and what they deleted) are gone from the log; 0 when none were purged. */
    public long horizon(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HORIZON); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Removes every record deleted at or below {@code through} from the log — its tombstone and its older
     * entries (a tombstone alone cannot go: a new kiosk would then receive the older upsert and keep a
     * deleted record) — and raises the horizon to {@code through}. Returns the rows removed.
     */
    public int purgeTombstones(Connection c, long through) throws SQLException {
        int removed;
        try (PreparedStatement ps = c.prepareStatement(PURGE)) {
            ps.setLong(1, through);
            ps.setLong(2, through);
            removed = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(SET_HORIZON)) {
            ps.setLong(1, through);
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            ps.setLong(3, through);
            ps.executeUpdate();
        }
        return removed;
    }

    /** Removes every entry of one record from the log's history (a hard delete); returns the rows removed. */
    public int eraseHistory(Connection c, RecordType type, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(ERASE)) {
            ps.setString(1, type.name());
            ps.setString(2, id);
            return ps.executeUpdate();
        }
    }
}
