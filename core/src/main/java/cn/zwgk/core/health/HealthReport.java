package cn.zwgk.core.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the probes of a {@code /health} answer and folds them: the worst check decides the status, and only
 * {@code fail} answers HTTP 503. A probe that throws (a bug) is reported as a {@code warn} with the exception's
 * class, so a broken secondary check never gets a healthy app restarted.
 */
public final class HealthReport {
    private final List<HealthCheck> checks;

    private HealthReport(List<HealthCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    public static HealthReport run(List<? extends HealthProbe> probes) {
        List<HealthCheck> checks = new ArrayList<>();
        for (HealthProbe probe : probes) {
            checks.add(checkSafely(probe));
        }
        return new HealthReport(checks);
    }

    private static HealthCheck checkSafely(HealthProbe probe) {
        try {
            return probe.check();
        } catch (RuntimeException e) {
            return new HealthCheck(probe.getClass().getSimpleName(), HealthStatus.WARN,
                    Map.of("error", "check failed: " + e.getClass().getSimpleName()));
        }
    }

    public HealthStatus status() {
        return checks.stream().map(HealthCheck::status).reduce(HealthStatus.OK, HealthStatus::worse);
    }

    /** 200 for {@code ok} and {@code warn}, 503 for {@code fail}. */
    public int httpStatus() {
        return status() == HealthStatus.FAIL ? 503 : 200;
    }

    public List<HealthCheck> checks() {
        return checks;
    }

    /** {@code {"status": …, …fields, "checks": {name: {...}}}}: the app's own fields after the status. */
    public Map<String, Object> json(Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status().json());
        body.putAll(fields);
        Map<String, Object> byName = new LinkedHashMap<>();
        checks.forEach(c -> byName.put(c.name(), c.json()));
        body.put("checks", byName);
        return body;
    }
}
