package cn.zwgk.server.metrics;

import cn.zwgk.core.store.Database;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How far behind the fleet is, read from the database when Prometheus scrapes (at most every
 * {@link #FRESH}, however often it asks): active kiosks, the largest lag in changes and in time since a
 * successful sync, and kiosks that missed two nightly syncs (no success for 48 h).
 */
public final class FleetGauges {
    static final Duration FRESH = Duration.ofSeconds(10);
    static final Duration TWO_NIGHTS = Duration.ofHours(48);
    static final String LATEST = "SELECT MAX(seq) FROM change_log";
    static final String KIOSKS = "SELECT last_checkpoint, last_success_at, enrolled_at, first_seen FROM kiosk WHERE status = 'ACTIVE'";

    private final Database database;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, 0, 0, 0, 0);

    record Snapshot(Instant at, long kiosks, long lagChanges, long lagSeconds, long missedTwoNights) {
    }

    public FleetGauges(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Registers the gauges; they hold this object strongly (Micrometer's default weak reference would let it go). */
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("zwgk.fleet.kiosks", this, g -> g.current().kiosks())
                .description("enrolled, not revoked kiosks").strongReference(true).register(registry);
        Gauge.builder("zwgk.fleet.lag.changes.max", this, g -> g.current().lagChanges())
                .description("largest number of change-log entries a kiosk has not yet fetched").strongReference(true)
                .register(registry);
        Gauge.builder("zwgk.fleet.lag.time.max", this, g -> g.current().lagSeconds())
                .description("longest time since a kiosk's last successful sync (never synced: since enrolment)")
                .baseUnit("seconds").strongReference(true).register(registry);
        Gauge.builder("zwgk.fleet.missed.nightly", this, g -> g.current().missedTwoNights())
                .description("kiosks without a successful sync for 48 hours (missed two nightly syncs)")
                .strongReference(true).register(registry);
    }

    /** Kiosks without a successful sync for 48 hours (the same figure as the gauge; for {@code /health}). */
    public long missedTwoNights() {
        return current().missedTwoNights();
    }

    /** Enrolled, not revoked kiosks. */
    public long kiosks() {
        return current().kiosks();
    }

    Snapshot current() {
        Instant now = clock.instant();
        Snapshot s = snapshot;
        if (Duration.between(s.at(), now).compareTo(FRESH) < 0) {
            return s;
        }
        snapshot = s = read(now);
        return s;
    }

    private Snapshot read(Instant now) {
        return database.inTransaction(c -> {
            long latest;
            try (PreparedStatement ps = c.prepareStatement(LATEST); ResultSet rs = ps.executeQuery()) {
                rs.next();
                latest = rs.getLong(1);
            }
            long kiosks = 0;
            long lagChanges = 0;
            long lagSeconds = 0;
            long missed = 0;
            try (PreparedStatement ps = c.prepareStatement(KIOSKS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kiosks++;
                    lagChanges = Math.max(lagChanges, latest - rs.getLong(1));
                    Timestamp success = firstNonNull(rs.getTimestamp(2), rs.getTimestamp(3), rs.getTimestamp(4));
                    long since = success == null ? 0 : Math.max(0, Duration.between(success.toInstant(), now).toSeconds());
                    lagSeconds = Math.max(lagSeconds, since);
                    if (since >= TWO_NIGHTS.toSeconds()) {
                        missed++;
                    }
                }
            }
            return new Snapshot(now, kiosks, lagChanges, lagSeconds, missed);
        });
    }

    private static Timestamp firstNonNull(Timestamp... candidates) {
        for (Timestamp t : candidates) {
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
