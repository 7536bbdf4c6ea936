package cn.zwgk.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.sync.KioskVersions;
import org.junit.jupiter.api.Test;

/** The fleet view's version column marks kiosks the server no longer serves. */
class FleetVersionTest {

    @Test
    void aVersionBelowTheMinimumIsMarkedForUpgrade() {
        assertThat(FleetView.version("0.0.9")).isEqualTo("0.0.9（需升级，最低 " + KioskVersions.MINIMUM + "）");
        assertThat(FleetView.version(KioskVersions.MINIMUM)).isEqualTo(KioskVersions.MINIMUM);
        assertThat(FleetView.version(null)).isEqualTo("—");
    }
}
