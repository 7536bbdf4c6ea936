package cn.zwgk.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KioskVersionsTest {

    @Test
    void comparesNumericallyPartByPart() {
        assertThat(KioskVersions.compare("0.10.0", "0.9.3")).isPositive();
        assertThat(KioskVersions.compare("1.2", "1.2.0")).isZero();
        assertThat(KioskVersions.compare("1.2.0-rc1", "1.2.0")).isZero();
        assertThat(KioskVersions.compare("2.0.0", "10.0.0")).isNegative();
    }

    @Test
    void missingOrUnreadableVersionIsTheOldest() {
        assertThat(KioskVersions.compare(null, "0.0.0")).isNegative();
        assertThat(KioskVersions.compare("", "0")).isNegative();
        assertThat(KioskVersions.compare("beta", "0.0.1")).isNegative();
        assertThat(KioskVersions.isSupported(null)).isFalse();
        assertThat(KioskVersions.isSupported("unknown")).isFalse();
    }

    @Test
    void theMinimumAndNewerAreSupportedOlderAreNot() {
        assertThat(KioskVersions.isSupported(KioskVersions.MINIMUM)).isTrue();
        assertThat(KioskVersions.isSupported("99.0.0")).isTrue();
        assertThat(KioskVersions.isSupported("0.0.9")).isFalse();
    }
}
