package cn.zwgk.core.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthReportTest {
    @TempDir
    Path dir;

    @Test
    void theWorstCheckDecidesAndOnlyFailAnswers503() {
        HealthProbe ok = () -> HealthCheck.ok("a", Map.of());
        HealthProbe warn = () -> new HealthCheck("b", HealthStatus.WARN, Map.of("why", "low"));
        HealthProbe fail = () -> new HealthCheck("c", HealthStatus.FAIL, Map.of());

        assertThat(HealthReport.run(List.of(ok)).httpStatus()).isEqualTo(200);
        HealthReport warned = HealthReport.run(List.of(ok, warn));
        assertThat(warned.status()).isEqualTo(HealthStatus.WARN);
        assertThat(warned.httpStatus()).isEqualTo(200);
        HealthReport failed = HealthReport.run(List.of(warn, fail, ok));
        assertThat(failed.status()).isEqualTo(HealthStatus.FAIL);
        assertThat(failed.httpStatus()).isEqualTo(503);
        assertThat(failed.json(Map.of("app", "x"))).containsEntry("status", "fail").containsEntry("app", "x")
                .extractingByKey("checks").asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("a", "b", "c").containsEntry("b", Map.of("status", "warn", "why", "low"));
    }

    @Test
    void aProbeThatThrowsIsAWarningNotAFailureAndCarriesNoStackTrace() {
        HealthProbe broken = () -> {
            throw new IllegalStateException("secret detail");
        };
        HealthReport report = HealthReport.run(List.of(broken));
        assertThat(report.httpStatus()).isEqualTo(200);
        assertThat(report.status()).isEqualTo(HealthStatus.WARN);
        assertThat(report.json(Map.of()).toString()).contains("IllegalStateException").doesNotContain("secret detail");
    }

    @Test
    void diskWarnsBelowTheThresholdOnly() {
        assertThat(new DiskProbe(dir, 1).check().status()).isEqualTo(HealthStatus.OK);
        HealthCheck low = new DiskProbe(dir, Long.MAX_VALUE).check();
        assertThat(low.status()).isEqualTo(HealthStatus.WARN);
        assertThat((Long) low.details().get("freeBytes")).isPositive();
        assertThat(new DiskProbe(dir.resolve("not/yet/created"), 1).check().status()).isEqualTo(HealthStatus.OK);
    }

    @Test
    void diskThresholdReadsBytesAndUnits() {
        assertThat(DiskProbe.parseBytes("1073741824")).isEqualTo(1L << 30);
        assertThat(DiskProbe.parseBytes("512M")).isEqualTo(512L << 20);
        assertThat(DiskProbe.parseBytes(" 2GiB ")).isEqualTo(2L << 30);
        assertThatThrownBy(() -> DiskProbe.parseBytes("lots")).hasMessageContaining("ZWGK_DISK_WARN");
    }
}
