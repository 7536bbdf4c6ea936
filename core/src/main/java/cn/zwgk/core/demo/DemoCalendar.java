package cn.zwgk.core.demo;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.WorkingCalendar;
import java.util.List;

/**
 * The working-day calendars the demo loads into the server: the State Council's 2025 and 2026 arrangements
 * shipped with the software ({@link CalendarBook#builtIn()}). A district loads later years as data.
 */
public final class DemoCalendar {

    private DemoCalendar() {
    }

    public static WorkingCalendar year2026() {
        return CalendarBook.builtIn().year(2026);
    }

    /** Every built-in year, oldest first. */
    public static List<WorkingCalendar> all() {
        return CalendarBook.builtIn().calendars();
    }
}
