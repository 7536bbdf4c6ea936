package cn.zwgk.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AppClockTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void aDateStartsAtTenInTheMorningChinaTimeAndTicksOn() throws InterruptedException {
        Clock clock = AppClock.parse("2027-03-01");
        Instant first = clock.instant();
        assertThat(LocalDate.ofInstant(first, CHINA)).isEqualTo("2027-03-01");
        assertThat(first.atZone(CHINA).getHour()).isEqualTo(10);
        Thread.sleep(20);
        assertThat(clock.instant()).isAfter(first);
        assertThat(AppClock.isSystem(clock)).isFalse();
    }

    @Test
    void anInstantWithOffsetIsTakenAsGivenAndNothingMeansTheSystemClock() {
        assertThat(AppClock.parse("2031-12-20T23:59:00+08:00").instant())
                .isBetween(Instant.parse("2031-12-20T15:59:00Z"), Instant.parse("2031-12-20T16:00:00Z"));
        assertThat(AppClock.isSystem(AppClock.parse(" "))).isTrue();
        assertThat(AppClock.isSystem(AppClock.parse(null))).isTrue();
        assertThatThrownBy(() -> AppClock.parse("1.3.2027")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zwgk.clock=1.3.2027");
    }

    @Test
    void testsRunOnTheFixedTestDayUnlessTheRunNamesAnother() {
        String day = LocalDate.ofInstant(AppClock.forTests().instant(), CHINA).toString();
        String set = System.getProperty(AppClock.PROPERTY);
        assertThat(day).isEqualTo(set == null || set.isBlank() ? AppClock.TEST_DAY : set.substring(0, 10));
    }
}
