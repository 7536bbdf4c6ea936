package cn.zwgk.core.demo;

import cn.zwgk.core.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A working-day calendar for the demo year 2026, shaped like the State Council's yearly holiday notice
 * (元旦, 春节, 清明, 劳动节, 端午, 中秋, 国庆 with their 调休 weekend days). Demo data only: a district loads
 * the official schedule of each year as data; nothing in the code depends on these dates.
 */
public final class DemoCalendar {

    private DemoCalendar() {
    }

    public static WorkingCalendar year2026() {
        List<LocalDate> holidays = new ArrayList<>();
        range(holidays, "2026-01-01", "2026-01-02");
        range(holidays, "2026-02-16", "2026-02-20");
        range(holidays, "2026-02-23", "2026-02-23");
        range(holidays, "2026-04-06", "2026-04-06");
        range(holidays, "2026-05-01", "2026-05-01");
        range(holidays, "2026-05-04", "2026-05-05");
        range(holidays, "2026-06-19", "2026-06-19");
        range(holidays, "2026-09-25", "2026-09-25");
        range(holidays, "2026-10-01", "2026-10-02");
        range(holidays, "2026-10-05", "2026-10-07");
        List<LocalDate> adjusted = List.of(LocalDate.parse("2026-01-04"), LocalDate.parse("2026-02-14"),
                LocalDate.parse("2026-02-28"), LocalDate.parse("2026-05-09"), LocalDate.parse("2026-09-20"),
                LocalDate.parse("2026-10-10"));
        return new WorkingCalendar(2026, holidays, adjusted, 1);
    }

    private static void range(List<LocalDate> out, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            out.add(d);
        }
    }
}
