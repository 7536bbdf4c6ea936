package cn.zwgk.server.system;

import cn.zwgk.core.health.DatabaseProbe;
import cn.zwgk.core.health.DiskProbe;
import cn.zwgk.core.health.HealthCheck;
import cn.zwgk.core.health.HealthProbe;
import cn.zwgk.core.health.HealthReport;
import cn.zwgk.server.security.OperatorAccess;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.KioskVersions;
import cn.zwgk.server.metrics.FleetGauges;
import cn.zwgk.server.sync.ChangeFeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /health}: 200 with {@code "status":"ok"|"warn"} while the server and its database answer, 503 with
 * {@code "status":"fail"} when the database does not. Checks: {@code database} (one trivial query, 2 s at most),
 * {@code disk} (free space of the data directory, warn below {@code ZWGK_DISK_WARN}), {@code fleet} (kiosks that
 * missed two nightly syncs: reported, never a warning — that is the kiosks' trouble, not this server's); plus
 * {@code latestSeq}, {@code version}, {@code minimumKioskVersion} and {@code uptimeSeconds}. No personal data.
 * Only clients the {@link OperatorAccess} trusts (loopback, monitoring hosts) see the details; anyone else gets the
 * bare {@code {"status":…}} with the same HTTP status, enough for a load balancer.
 */
public final class HealthHandler extends Handler.Abstract {
    private final ChangeFeed feed;
    private final List<HealthProbe> probes;
    private final Clock clock;
    private final Instant started;
    private final OperatorAccess access;

    public HealthHandler(ChangeFeed feed, List<HealthProbe> probes, Clock clock) {
        this(feed, probes, clock, clock.instant(), new OperatorAccess(java.util.Set.of()));
    }

    private HealthHandler(ChangeFeed feed, List<HealthProbe> probes, Clock clock, Instant started, OperatorAccess access) {
        this.feed = feed;
        this.probes = List.copyOf(probes);
        this.clock = clock;
        this.started = started;
        this.access = access;
    }

    /** The same checks, with details for the clients {@code access} trusts. */
    public HealthHandler detailsFor(OperatorAccess access) {
        return new HealthHandler(feed, probes, clock, started, access);
    }

    /** The standard checks; the disk threshold from {@code ZWGK_DISK_WARN}. */
    public static HealthHandler standard(ServerConfig config, Database database, ChangeFeed feed, FleetGauges fleet,
            Clock clock) {
        return standard(config, database, feed, fleet, clock, DiskProbe.warnBelowFromEnvironment());
    }

    public static HealthHandler standard(ServerConfig config, Database database, ChangeFeed feed, FleetGauges fleet,
            Clock clock, long diskWarnBelowBytes) {
        return new HealthHandler(feed, List.of(new DatabaseProbe(database, Duration.ofSeconds(2)),
                new DiskProbe(config.dataDir(), diskWarnBelowBytes),
                () -> HealthCheck.ok("fleet", Map.of("kiosks", fleet.kiosks(), "missedTwoNights",
                        fleet.missedTwoNights()))), clock);
    }

    /** The same checks and one more (e.g. the backup's). */
    public HealthHandler with(HealthProbe probe) {
        List<HealthProbe> more = new ArrayList<>(probes);
        more.add(probe);
        return new HealthHandler(feed, more, clock, started, access);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        HealthReport report = HealthReport.run(probes);
        if (!access.trusts(request)) {
            Responses.json(response, callback, report.httpStatus(), Map.of("status", report.status().json()));
            return true;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("latestSeq", latestSeqOrNull());
        fields.put("version", ServerConfig.APP_VERSION);
        fields.put("minimumKioskVersion", KioskVersions.MINIMUM);
        fields.put("uptimeSeconds", Duration.between(started, clock.instant()).toSeconds());
        Responses.json(response, callback, report.httpStatus(), report.json(fields));
        return true;
    }

    private Long latestSeqOrNull() {
        try {
            return feed.latestSeq();
        } catch (RuntimeException databaseDown) {
            return null; // the database check says so
        }
    }
}
