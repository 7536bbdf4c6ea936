package cn.zwgk.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    // 2026 National Day: 10-01..10-07 off, Sunday 09-27 and Saturday 10-10 worked (illustrative schedule)
    final WorkingCalendar y2026 = new WorkingCalendar(2026,
            List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            List.of(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10)), 1);

    @Test
    void weekdaysWorkWeekendsRestHolidaysRestAdjustedWeekendsWork() {
        assertThat(y2026.isWorkingDay(LocalDate.of(2026, 11, 23))).isTrue();   // Monday
        assertThat(y2026.isWorkingDay(LocalDate.of(2026, 11, 22))).isFalse();  // Sunday
        assertThat(y2026.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();   // holiday
        assertThat(y2026.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();   // 调休 Saturday
    }

    @Test
    void theDemoCalendarIsValid() {
        assertThat(cn.zwgk.core.demo.DemoCalendar.year2026().validate().list()).isEmpty();
    }

    @Test
    void aDayOfAnotherYearIsNotGuessed() {
        assertThatThrownBy(() -> y2026.isWorkingDay(LocalDate.of(2027, 1, 4))).hasMessageContaining("2026 calendar");
    }

    @Test
    void validationNamesTheField() {
        WorkingCalendar bad = new WorkingCalendar(2026, List.of(LocalDate.of(2025, 12, 31)),
                List.of(LocalDate.of(2026, 11, 23)), 1);
        assertThat(bad.validate().list()).extracting(Violation::field).containsExactly("holidays", "adjustedWorkdays");
        assertThat(y2026.validate().list()).isEmpty();
    }
}
