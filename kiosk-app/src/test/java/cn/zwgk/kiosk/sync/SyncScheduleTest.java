package cn.zwgk.kiosk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyncScheduleTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final SyncSchedule schedule = SyncSchedule.defaults(Duration.ofMinutes(5), SHANGHAI);

    @Test
    void eachKioskHasAFixedSlotInsideTheNightlyWindow() {
        Instant noon = Instant.parse("2026-11-23T04:00:00Z"); // 12:00 in Shanghai
        for (String kiosk : new String[] {"kiosk-a", "kiosk-b", "demo-kiosk-1"}) {
            Instant next = schedule.nextNightly(noon, kiosk);
            LocalTime local = next.atZone(SHANGHAI).toLocalTime();
            assertThat(local).isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
            assertThat(next.atZone(SHANGHAI).toLocalDate()).hasToString("2026-11-24");
            assertThat(schedule.nextNightly(noon, kiosk)).isEqualTo(next);
        }
    }

    @Test
    void twentyThousandKiosksSpreadOverTheWindow() {
        long[] perHour = new long[4];
        IntStream.range(0, 20_000).forEach(i -> perHour[(int) schedule.offsetFor("kiosk-" + i).toHours()]++);
        assertThat(java.util.Arrays.stream(perHour).boxed().toList())
                .allSatisfy(n -> assertThat(n).isBetween(4_500L, 5_500L));
    }

    @Test
    void retriesBackOffExponentiallyWithJitterUpToAnHour() {
        Random random = new Random(1);
        assertThat(schedule.retryDelay(1, random)).isBetween(Duration.ofSeconds(48), Duration.ofSeconds(72));
        assertThat(schedule.retryDelay(3, random)).isBetween(Duration.ofSeconds(192), Duration.ofSeconds(288));
        assertThat(schedule.retryDelay(30, random)).isBetween(Duration.ofMinutes(48), Duration.ofMinutes(72));
    }

    @Test
    void errorsAreExplainedInPlainWords() {
        assertThat(SyncErrorText.keyFor("cannot connect to http://x (ConnectException)")).isEqualTo("sync.error.network");
        assertThat(SyncErrorText.keyFor("signed by key ab, but this kiosk trusts key cd")).isEqualTo("sync.error.signature");
        assertThat(SyncErrorText.keyFor("page starts at 9 but the checkpoint is 4")).isEqualTo("sync.error.sequence");
        assertThat(SyncErrorText.keyFor("database operation failed on jdbc:derby:/x: disk full"))
                .isEqualTo("sync.error.storage");
        assertThat(SyncErrorText.keyFor("cannot read ChangePage: Cannot deserialize value of type "
                + "`cn.zwgk.core.sync.RecordType` from String \"BUNDLE\"")).isEqualTo("sync.error.upgrade");
        assertThat(SyncErrorText.keyFor("unsupported protocol version 2 (this end speaks 1)"))
                .isEqualTo("sync.error.upgrade");
        assertThat(SyncErrorText.keyFor("something new")).isEqualTo("sync.error.other");
        assertThat(SyncErrorText.isForPeople("本终端未登记或已被停用")).isTrue();
        assertThat(SyncErrorText.isForPeople("cannot connect")).isFalse();
    }
}
