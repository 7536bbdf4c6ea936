package cn.zwgk.server.request;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.CalendarMissingException;
import cn.zwgk.core.request.DueDates;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Near-due and overdue requests, derived from the stored due dates — which {@link #refreshDueDates} derives again
 * from the events and the current calendars (a calendar edited or added later moves them). Nobody sends a
 * reminder by hand: {@link ReminderSchedule} runs {@link #daily} every morning.
 */
public final class Reminders {
    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);
    public static final int NEAR_DUE_WORKING_DAYS = 5;

    private final Database database;
    private final RequestStore store;
    private final RequestCalendars calendars;
    private final Clock clock;
    private final ZoneId zone;

    Reminders(Database database, RequestStore store, RequestCalendars calendars, Clock clock, ZoneId zone) {
        this.database = database;
        this.store = store;
        this.calendars = calendars;
        this.clock = clock;
        this.zone = zone;
    }

    /** Open requests due within 5 working days and not yet overdue, soonest first. */
    public List<RequestSummary> nearDue(StaffSession who) {
        who.require(RequestDesk.DESK_ROLES);
        return summary().nearDue();
    }

    /** Open requests past their due date, most overdue first. */
    public List<RequestSummary> overdue(StaffSession who) {
        who.require(RequestDesk.DESK_ROLES);
        return summary().overdue();
    }

    ReminderSummary summary() {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        return database.inTransaction(c -> {
            LocalDate dueBy = calendars.current(c).plusWorkingDays(today, NEAR_DUE_WORKING_DAYS);
            List<RequestSummary> overdue = store.list(c, new RequestFilter(null, 0, true, null, 1000), null, today);
            List<RequestSummary> near = new ArrayList<>(store.list(c, new RequestFilter(null, 1, false, null, 1000),
                    dueBy, today));
            near.removeIf(r -> r.dueDate().isBefore(today));
            return new ReminderSummary(today, near, overdue, List.of());
        });
    }

    /** Derives every open request's due date again; returns how many changed. */
    public int refreshDueDates() {
        return refresh().changed();
    }

    private record Refresh(int changed, java.util.SortedSet<Integer> missingYears) {
    }

    private Refresh refresh() {
        java.util.SortedSet<Integer> missing = new java.util.TreeSet<>();
        return database.inTransaction(c -> {
            CalendarBook book = calendars.current(c);
            List<Object[]> open = new ArrayList<>();
            store.eachOpen(c, open::add);
            int changed = 0;
            for (Object[] row : open) {
                String id = (String) row[0];
                LocalDate due;
                try {
                    due = DueDates.dueDate((LocalDate) row[1], store.events(c, id), book).orElse(null);
                } catch (CalendarMissingException e) {
                    missing.add(e.year());
                    due = null;
                }
                if (!Objects.equals(due, row[2])) {
                    store.setDue(c, id, due);
                    changed++;
                }
            }
            return new Refresh(changed, missing);
        });
    }

    /** The morning run: refresh due dates, write the summary to the log, hand it to the hook. */
    public ReminderSummary daily(ReminderHook hook) {
        Refresh refresh = refresh();
        if (refresh.changed() > 0) {
            LOG.info("due dates of {} open requests derived again from the current calendars", refresh.changed());
        }
        ReminderSummary current = summary();
        ReminderSummary summary = new ReminderSummary(current.day(), current.nearDue(), current.overdue(),
                List.copyOf(refresh.missingYears()));
        LOG.info("{}", summary.text());
        if (hook != null) {
            hook.send(summary);
        }
        return summary;
    }
}
