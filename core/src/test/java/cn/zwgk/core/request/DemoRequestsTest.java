package cn.zwgk.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.demo.DemoRequests;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DemoRequestsTest {

    @Test
    void everySampleRequestIsValidAndTheSameForTheSameKioskAndSequence() {
        Instant at = Instant.parse("2026-03-02T02:00:00Z");
        int organisations = 0;
        for (int i = 1; i <= 500; i++) {
            InfoRequest r = DemoRequests.sample("kiosk-" + (i % 7), "110199001001", i, at);
            assertThat(r.validate().list()).as(r.toString()).isEmpty();
            organisations += r.applicantType() == ApplicantType.ORGANISATION ? 1 : 0;
        }
        assertThat(organisations).isBetween(50, 150);
        assertThat(DemoRequests.sample("k", "110199001001", 9, at)).isEqualTo(DemoRequests.sample("k", "110199001001", 9, at));
    }
}
