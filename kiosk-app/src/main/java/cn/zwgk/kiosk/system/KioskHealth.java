package cn.zwgk.kiosk.system;

import cn.zwgk.core.health.DatabaseProbe;
import cn.zwgk.core.health.DiskProbe;
import cn.zwgk.core.health.HealthProbe;
import cn.zwgk.core.health.HealthReport;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.clock.ClockDriftProbe;
import cn.zwgk.kiosk.sync.SyncAgeProbe;
import cn.zwgk.kiosk.sync.SyncService;
import cn.zwgk.kiosk.sync.SyncState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the kiosk's {@code /health} answers: the named checks ({@code database} — the only one that can
 * {@code fail}, {@code disk}, {@code sync}, {@code clock}, and whatever {@link #with} adds) plus the fields
 * scripts already read ({@code kioskId}, {@code checkpoint}, {@code serverLatest}, {@code lastSuccessAt},
 * {@code lastError}), the version and the uptime. No personal data.
 */
public final class KioskHealth {
    /** A health answer must come back fast; a database silent this long is reported as failed. */
    static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(2);

    private final KioskServices services;
    private final List<HealthProbe> probes;
    private final Instant started;

    private KioskHealth(KioskServices services, List<HealthProbe> probes, Instant started) {
        this.services = services;
        this.probes = List.copyOf(probes);
        this.started = started;
    }

    /** The standard checks over the kiosk's open database; disk threshold from {@code ZWGK_DISK_WARN}. */
    public static KioskHealth standard(Database database, KioskServices services) {
        return standard(database, services, DiskProbe.warnBelowFromEnvironment(), SyncAgeProbe.DEFAULT_MAX_AGE);
    }

    public static KioskHealth standard(Database database, KioskServices services, long diskWarnBelowBytes,
            Duration syncMaxAge) {
        SyncService sync = services.sync();
        return new KioskHealth(services, List.of(
                new DatabaseProbe(database, DATABASE_TIMEOUT),
                new DiskProbe(services.config().dataDir(), diskWarnBelowBytes),
                new SyncAgeProbe(sync::currentState, services.clock(), syncMaxAge),
                new ClockDriftProbe(sync.clockCheck())), services.clock().instant());
    }

    /** The same checks and one more (e.g. the backup's). */
    public KioskHealth with(HealthProbe probe) {
        List<HealthProbe> more = new ArrayList<>(probes);
        more.add(probe);
        return new KioskHealth(services, more, started);
    }

    public HealthReport run() {
        return HealthReport.run(probes);
    }

    /** The JSON body for {@code report}. */
    public Map<String, Object> json(HealthReport report) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kioskId", services.config().kioskId());
        SyncState state = stateOrNull();
        fields.put("checkpoint", state == null ? null : state.checkpoint());
        fields.put("serverLatest", state == null ? null : state.serverLatest());
        fields.put("lastSuccessAt", state == null || state.lastSuccessAt() == null ? null
                : state.lastSuccessAt().toString());
        fields.put("lastError", state == null ? null : state.lastError());
        fields.put("version", services.sync().settings().appVersion());
        fields.put("uptimeSeconds", Duration.between(started, services.clock().instant()).toSeconds());
        return report.json(fields);
    }

    private SyncState stateOrNull() {
        try {
            return services.sync().currentState();
        } catch (RuntimeException databaseDown) {
            return null; // the database check says so; the fields stay, empty
        }
    }
}
