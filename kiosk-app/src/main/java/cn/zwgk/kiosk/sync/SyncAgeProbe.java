package cn.zwgk.kiosk.sync;

import cn.zwgk.core.health.HealthCheck;
import cn.zwgk.core.health.HealthProbe;
import cn.zwgk.core.health.HealthStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code sync} of the kiosk's {@code /health}: {@code warn} when the last successful sync is older than
 * {@code maxAge} (default 36 h: one missed nightly sync plus slack), when the kiosk never synced, or when the
 * server asks for a software upgrade. Never {@code fail}: the kiosk keeps serving its last good data and a
 * restart does not bring the network or a new version.
 */
public final class SyncAgeProbe implements HealthProbe {
    public static final Duration DEFAULT_MAX_AGE = Duration.ofHours(36);

    private final Supplier<SyncState> state;
    private final Clock clock;
    private final Duration maxAge;

    public SyncAgeProbe(Supplier<SyncState> state, Clock clock, Duration maxAge) {
        this.state = state;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public HealthCheck check() {
        SyncState s = state.get();
        Instant last = s.lastSuccessAt();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("lastSuccessAt", last == null ? null : last.toString());
        details.put("ageSeconds", last == null ? null : Duration.between(last, clock.instant()).toSeconds());
        details.put("warnAfterSeconds", maxAge.toSeconds());
        boolean upgrade = UpgradeRequiredException.isUpgradeRequired(s.lastError());
        details.put("upgradeRequired", upgrade);
        boolean old = last == null || Duration.between(last, clock.instant()).compareTo(maxAge) > 0;
        return new HealthCheck("sync", old || upgrade ? HealthStatus.WARN : HealthStatus.OK, details);
    }
}
