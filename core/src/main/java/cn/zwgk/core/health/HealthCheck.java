package cn.zwgk.core.health;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one named check, e.g. {@code database}, {@code disk}. {@code details} are short facts for
 * operators (numbers, times, a plain reason) — never personal data or stack traces.
 */
public record HealthCheck(String name, HealthStatus status, Map<String, Object> details) {

    public HealthCheck {
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public static HealthCheck ok(String name, Map<String, Object> details) {
        return new HealthCheck(name, HealthStatus.OK, details);
    }

    /** As it appears under {@code checks}: {@code {"status": "ok", ...details}}. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", status.json());
        json.putAll(details);
        return json;
    }
}
