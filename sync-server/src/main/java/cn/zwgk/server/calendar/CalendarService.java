package cn.zwgk.server.calendar;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.WorkingCalendar;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.ChangeOp;
import cn.zwgk.core.sync.RecordType;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.reference.ReferenceStore;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.sync.LogEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The working-day calendars as the central office keeps them: the built-in State Council years, overridden
 * and extended by the years the office saved. Saving a year (中心管理员 only) bumps its version, stores it,
 * and puts it in the change log for every kiosk, with an audit line; in the same transaction the
 * {@link Listener} (the request module) derives the deadlines of open requests again, so that provisional dates
 * counted Monday to Friday become official at once and their officers are told.
 */
public final class CalendarService {
    static final String STORED = "SELECT payload FROM reference_record WHERE record_type = 'CALENDAR'";

    private final Database database;
    private final ReferenceStore references;
    private final ChangeLogStore changeLog;
    private final AuditLog audit;
    private final Listener listener;

    /** Told of a saved year within the saving transaction; returns how many request deadlines moved. */
    @FunctionalInterface
    public interface Listener {
        int saved(Connection c, WorkingCalendar saved) throws SQLException;
    }

    public CalendarService(Database database, ReferenceStore references, ChangeLogStore changeLog, AuditLog audit,
            Listener listener) {
        this.database = database;
        this.references = references;
        this.changeLog = changeLog;
        this.audit = audit;
        this.listener = listener;
    }

    /** With its own stores, e.g. for the console: {@code CalendarService.create(server.database(), clock, l)}. */
    public static CalendarService create(Database database, java.time.Clock clock, Listener listener) {
        return new CalendarService(database, new ReferenceStore(), new ChangeLogStore(clock), new AuditLog(clock),
                listener);
    }

    /** A saved year, and how many open requests' due dates moved with it. */
    public record Saved(WorkingCalendar calendar, int movedDueDates) {
    }

    /** Every year in force, oldest first (any logged-in staff may read them). */
    public List<WorkingCalendar> all(StaffSession who) {
        return book().calendars();
    }

    /**
     * What the front page must say about missing calendars on {@code today}: this year's missing (deadlines are
     * provisional now), or — from 1 November, when the State Council has usually published it — next year's.
     */
    public java.util.Optional<String> missingCalendarWarning(LocalDate today) {
        CalendarBook book = book();
        int year = today.getYear();
        if (!book.isOfficial(year)) {
            return java.util.Optional.of(year + " 年工作日历尚未录入：本年的答复期限都是暂定（按周一至周五计算），请立即录入");
        }
        if (today.getMonthValue() >= 11 && !book.isOfficial(year + 1)) {
            return java.util.Optional.of((year + 1) + " 年工作日历尚未录入：跨年的答复期限为暂定，国务院办公厅公布放假安排后请及时录入");
        }
        return java.util.Optional.empty();
    }

    /** The book deadlines are counted on now. */
    public CalendarBook book() {
        return database.inTransaction(c -> {
            List<WorkingCalendar> stored = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(STORED); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(SyncJson.read(rs.getString(1), WorkingCalendar.class));
                }
            }
            return CalendarBook.builtIn().with(stored);
        });
    }

    /**
     * Saves {@code year} with these holidays (weekdays off) and adjusted working days (weekend days worked) as
     * the next version of that year; refused with the reasons in Chinese when they do not fit the year.
     */
    public Saved save(StaffSession who, int year, List<LocalDate> holidays, List<LocalDate> adjustedWorkdays) {
        who.require(Role.CENTRAL_ADMIN);
        return database.inTransaction(c -> {
            CalendarBook current = book();
            long version = current.calendars().stream().filter(y -> y.year() == year)
                    .mapToLong(WorkingCalendar::version).max().orElse(0) + 1;
            WorkingCalendar saved = new WorkingCalendar(year, holidays.stream().sorted().distinct().toList(),
                    adjustedWorkdays.stream().sorted().distinct().toList(), version);
            saved.validate().throwIfAny(year + " 年工作日历");
            String json = SyncJson.write(saved);
            references.put(c, RecordType.CALENDAR, saved.id(), version, json);
            changeLog.append(c, List.of(new LogEntry(RecordType.CALENDAR, saved.id(), ChangeOp.UPSERT, null, json)));
            int moved = listener.saved(c, saved);
            audit.append(c, who, "CALENDAR_SAVED", "calendar:" + year, "第 " + version + " 版：节假日 "
                    + saved.holidays().size() + " 天，调休上班 " + saved.adjustedWorkdays().size() + " 天；"
                    + moved + " 件办理中申请的答复期限随之重新计算");
            return new Saved(saved, moved);
        });
    }
}
