package cn.zwgk.server.sync;

import cn.zwgk.core.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * Purges tombstones every active kiosk has already acknowledged. A kiosk's acknowledgement is the
 * checkpoint it last asked from or reported (committed on the kiosk). Kiosks not seen for
 * {@code maxIdle} (or revoked) do not hold the horizon back; if one returns behind it, it gets a
 * snapshot ({@link ChangeFeed#pageFor(String, long, int, boolean)}).
 */
public final class TombstoneHorizon {
    static final String LOWEST_ACK = """
            SELECT MIN(last_checkpoint) FROM kiosk WHERE status = 'ACTIVE' AND last_seen >= ?""";

    /** What a purge did. */
    public record Purge(long horizon, int entriesRemoved) {
    }

    private final Database database;
    private final ChangeLogStore changeLog;
    private final Clock clock;

    public TombstoneHorizon(Database database, ChangeLogStore changeLog, Clock clock) {
        this.database = database;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    /** Purges up to what every kiosk seen within {@code maxIdle} has acknowledged (the whole log if none). */
    public Purge purge(Duration maxIdle) {
        return database.inTransaction(c -> {
            long through = Math.min(lowestAcknowledged(c, maxIdle), changeLog.latestSeq(c));
            long current = changeLog.horizon(c);
            if (through <= current) {
                return new Purge(current, 0);
            }
            return new Purge(through, changeLog.purgeTombstones(c, through));
        });
    }

    public long current() {
        return database.inTransaction(changeLog::horizon);
    }

    private long lowestAcknowledged(Connection c, Duration maxIdle) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOWEST_ACK)) {
            ps.setTimestamp(1, Timestamp.from(clock.instant().minus(maxIdle)));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long lowest = rs.getLong(1);
                return rs.wasNull() ? Long.MAX_VALUE : lowest;
            }
        }
    }
}
