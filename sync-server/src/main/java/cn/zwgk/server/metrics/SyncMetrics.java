package cn.zwgk.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import org.eclipse.jetty.server.Handler;

/**
 * The server's Prometheus metrics: every sync endpoint's requests by status class, latency, errors
 * (5xx), and the fleet gauges of {@link FleetGauges}. Scraped at {@code /metrics} ({@link MetricsHandler}).
 *
 * <p>Names (Prometheus form): {@code zwgk_sync_requests_total{endpoint,status}},
 * {@code zwgk_sync_request_seconds{endpoint}} (histogram), {@code zwgk_sync_errors_total{endpoint}},
 * {@code zwgk_fleet_*}. {@code endpoint=changes} counts pages served, {@code endpoint=uploads} uploads.
 */
public final class SyncMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** {@code handler} with every request counted and timed under its {@linkplain Endpoints endpoint}. */
    public Handler instrument(Handler handler) {
        return new TimedHandler(this, handler);
    }

    void record(String endpoint, int status, long nanos) {
        String statusClass = status / 100 + "xx";
        Counter.builder("zwgk.sync.requests").description("sync API requests by endpoint and status class")
                .tag("endpoint", endpoint).tag("status", statusClass).register(registry).increment();
        Timer.builder("zwgk.sync.request").description("sync API request latency").tag("endpoint", endpoint)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60)).register(registry).record(Duration.ofNanos(nanos));
        if (status >= 500) {
            Counter.builder("zwgk.sync.errors").description("sync API requests that failed on the server")
                    .tag("endpoint", endpoint).register(registry).increment();
        }
    }

    public String scrape() {
        return registry.scrape();
    }
}
