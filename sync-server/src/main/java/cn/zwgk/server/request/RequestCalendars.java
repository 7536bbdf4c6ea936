package cn.zwgk.server.request;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.WorkingCalendar;
import cn.zwgk.core.sync.SyncJson;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The calendars deadlines are counted on: the built-in State Council years, overridden and extended by the
 * CALENDAR records the central office loaded (a newer version of a year wins).
 */
final class RequestCalendars {
    private static final CalendarBook BUILT_IN = CalendarBook.builtIn();

    private final RequestStore store;

    RequestCalendars(RequestStore store) {
        this.store = store;
    }

    CalendarBook current(Connection c) throws SQLException {
        return BUILT_IN.with(store.calendarPayloads(c).stream()
                .map(p -> SyncJson.read(p, WorkingCalendar.class)).toList());
    }
}
