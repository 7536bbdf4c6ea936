package cn.zwgk.core.calendar;

import cn.zwgk.core.validation.Violations;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * One year of the State Council's holiday schedule: public holidays (no work on a weekday) and adjusted
 * working days (调休: a Saturday or Sunday that is worked). Synced from the central office as data, never
 * hard-coded; legal periods (20 working days for a reply) are counted with it.
 *
 * @param year              the calendar year
 * @param holidays          weekdays that are not working days
 * @param adjustedWorkdays  weekend days that are working days
 * @param version           incremented on every change
 */
public record WorkingCalendar(int year, List<LocalDate> holidays, List<LocalDate> adjustedWorkdays, long version) {

    public WorkingCalendar {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        adjustedWorkdays = adjustedWorkdays == null ? List.of() : List.copyOf(adjustedWorkdays);
    }

    /** The record's id in the change log: the year. */
    public String id() {
        return String.valueOf(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (day.getYear() != year) {
            throw new IllegalArgumentException("the " + year + " calendar cannot say whether " + day + " is a working day");
        }
        if (adjustedWorkdays.contains(day)) {
            return true;
        }
        return isWeekday(day) && !holidays.contains(day);
    }

    /** Monday to Friday: the working days of a year whose official calendar is not known yet. */
    public static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public Violations validate() {
        Violations v = new Violations();
        if (year < 2000 || year > 2100) {
            v.add("year", "年份", "必须在 2000 到 2100 之间");
        }
        for (LocalDate d : holidays) {
            if (d.getYear() != year) {
                v.add("holidays", "节假日", d + " 不在 " + year + " 年");
            }
        }
        for (LocalDate d : adjustedWorkdays) {
            if (d.getYear() != year) {
                v.add("adjustedWorkdays", "调休上班日", d + " 不在 " + year + " 年");
            } else if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                v.add("adjustedWorkdays", "调休上班日", d + " 不是周末，本来就是工作日");
            }
        }
        if (version < 1) {
            v.add("version", "版本", "必须从 1 开始");
        }
        return v;
    }
}
