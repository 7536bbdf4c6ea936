package cn.zwgk.kiosk.clock;

import cn.zwgk.core.health.HealthCheck;
import cn.zwgk.core.health.HealthProbe;
import cn.zwgk.core.health.HealthStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code clock} of the kiosk's {@code /health}: the best known drift (NTP or the last sync) against the
 * kiosk's threshold ({@code ZWGK_CLOCK_THRESHOLD}); {@code warn} above it, since receipt dates and publicity
 * periods would be wrong. Not measured yet is {@code ok} with {@code measured=false} (a kiosk that never
 * synced already warns under {@code sync}).
 */
public final class ClockDriftProbe implements HealthProbe {
    private final ClockCheck clock;

    public ClockDriftProbe(ClockCheck clock) {
        this.clock = clock;
    }

    @Override
    public HealthCheck check() {
        Optional<ClockReading> reading = clock.lastKnownDrift();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("measured", reading.isPresent());
        details.put("driftMillis", reading.map(ClockReading::driftMillis).orElse(null));
        details.put("source", reading.map(r -> r.source().name()).orElse(null));
        details.put("measuredAt", reading.map(r -> r.measuredAt().toString()).orElse(null));
        details.put("thresholdMillis", clock.threshold().toMillis());
        boolean doubtful = reading.map(ClockReading::doubtful).orElse(false);
        return new HealthCheck("clock", doubtful ? HealthStatus.WARN : HealthStatus.OK, details);
    }
}
