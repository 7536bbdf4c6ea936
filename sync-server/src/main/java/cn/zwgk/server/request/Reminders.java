package cn.zwgk.server.request;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.CountedDate;
import cn.zwgk.core.request.DueDates;
import cn.zwgk.core.request.RequestEvent;
import cn.zwgk.core.request.RequestEventType;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import java.sql.Connection;
import java.sql.SQLException;
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
    private final StatusWriter status;
    private final StaffMessages messages;
    private final Clock clock;
    private final ZoneId zone;

    Reminders(Database database, RequestStore store, RequestCalendars calendars, StatusWriter status,
            StaffMessages messages, Clock clock, ZoneId zone) {
        this.database = database;
        this.store = store;
        this.calendars = calendars;
        this.status = status;
        this.messages = messages;
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
        return database.inTransaction(c -> refresh(c, "工作日历有变化").moved().size());
    }

    /** A request whose due date moved in a refresh. */
    record Moved(String trackingCode, String before, String after, String recipient) {
    }

    record Refresh(List<Moved> moved, java.util.SortedSet<Integer> missingYears) {
    }

    /**
     * Within the caller's transaction: every open request's due date derived again from its events and the
     * current calendars. A request whose date (or 暂定 mark) moved is stored, its status goes to the kiosks, and
     * the officer who registered it — every request officer while nobody has — gets a message naming the cause.
     */
    Refresh refresh(Connection c, String cause) throws SQLException {
        CalendarBook book = calendars.current(c);
        java.util.SortedSet<Integer> missing = new java.util.TreeSet<>();
        List<RequestStore.OpenRequest> open = new ArrayList<>();
        store.eachOpen(c, open::add);
        List<Moved> moved = new ArrayList<>();
        for (RequestStore.OpenRequest r : open) {
            List<RequestEvent> events = store.events(c, r.id());
            CountedDate due = DueDates.dueDate(r.receivedDate(), events, book).orElse(null);
            if (due != null) {
                missing.addAll(book.missingYears(r.receivedDate(), due.date()));
            }
            LocalDate date = due == null ? null : due.date();
            boolean provisional = due != null && due.provisional();
            if (Objects.equals(date, r.dueDate()) && provisional == r.dueProvisional()) {
                continue;
            }
            store.setDue(c, r.id(), date, provisional);
            RequestSummary after = store.byId(c, r.id()).orElseThrow();
            status.publish(c, after);
            String before = r.dueDate() == null ? "无" : r.dueDate() + (r.dueProvisional() ? "（暂定）" : "");
            moved.add(new Moved(after.trackingCode(), before, after.dueDate() == null ? "无" : after.dueText(),
                    registeredBy(events)));
        }
        if (!moved.isEmpty()) {
            tellOfficers(c, moved, cause);
        }
        return new Refresh(moved, missing);
    }

    private static String registeredBy(List<RequestEvent> events) {
        return events.stream().filter(e -> e.type() == RequestEventType.REGISTERED).map(RequestEvent::actor)
                .reduce((a, b) -> b).orElse(null);
    }

    private void tellOfficers(Connection c, List<Moved> moved, String cause) throws SQLException {
        java.util.Map<String, List<Moved>> byOfficer = new java.util.TreeMap<>();
        List<String> everyOfficer = null;
        for (Moved m : moved) {
            List<String> to = m.recipient() != null ? List.of(m.recipient())
                    : (everyOfficer = everyOfficer != null ? everyOfficer : messages.activeOfficers(c));
            for (String officer : to) {
                byOfficer.computeIfAbsent(officer, k -> new ArrayList<>()).add(m);
            }
        }
        for (var entry : byOfficer.entrySet()) {
            List<Moved> mine = entry.getValue();
            String list = mine.stream().limit(30).map(m -> m.trackingCode() + "：" + m.before() + " → " + m.after())
                    .collect(java.util.stream.Collectors.joining("；"));
            messages.send(c, List.of(entry.getKey()), cause + "，" + mine.size() + " 件申请的答复期限已重新计算：" + list
                    + (mine.size() > 30 ? "；等" : "") + "。");
        }
    }

    /** The morning run: refresh due dates, write the summary to the log, hand it to the hook. */
    public ReminderSummary daily(ReminderHook hook) {
        Refresh refresh = database.inTransaction(c -> refresh(c, "工作日历有变化"));
        if (!refresh.moved().isEmpty()) {
            LOG.info("due dates of {} open requests derived again from the current calendars", refresh.moved().size());
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
