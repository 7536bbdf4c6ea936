package cn.zwgk.core.health;

/** One named check of {@code /health}; fast (milliseconds) and side-effect free. */
@FunctionalInterface
public interface HealthProbe {
    HealthCheck check();
}
