package cn.zwgk.server.request;

import cn.zwgk.core.calendar.WorkingCalendar;
import cn.zwgk.core.store.AttachmentFiles;
import cn.zwgk.core.store.Database;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.sync.ChangeLogStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The request feature assembled: intake of kiosk uploads, the desk, reminders (with their daily schedule) and
 * the annual report, sharing one store, cipher and calendar source. {@code SyncServer} creates one, hands
 * {@link #intake()} to the upload path, starts and closes it with itself; the console calls {@link #desk()},
 * {@link #reminders()} and {@link #annualReport()}.
 */
public final class RequestModule implements AutoCloseable {
    private final RequestIntake intake;
    private final RequestDesk desk;
    private final Reminders reminders;
    private final AnnualReportService annualReport;
    private final ReminderSchedule schedule;
    private final StaffMessages messages;

    private RequestModule(RequestIntake intake, RequestDesk desk, Reminders reminders, AnnualReportService report,
            ReminderSchedule schedule, StaffMessages messages) {
        this.messages = messages;
        this.intake = intake;
        this.desk = desk;
        this.reminders = reminders;
        this.annualReport = report;
        this.schedule = schedule;
    }

    /**
     * @param keyDir where the request key ({@code request-aes.key}) is kept, beside the signing key
     * @param hook   where the daily reminder goes besides the log; null for the log only
     */
    public static RequestModule create(Database database, ChangeLogStore changeLog, AuditLog audit,
            AttachmentFiles attachments, Path keyDir, ReminderHook hook, Clock clock, ZoneId zone) {
        RequestStore store = new RequestStore();
        RequestCipher cipher = RequestCipher.loadOrCreate(keyDir);
        RequestCalendars calendars = new RequestCalendars(store);
        StatusWriter status = new StatusWriter(store, changeLog);
        StaffMessages messages = new StaffMessages(database, clock);
        Reminders reminders = new Reminders(database, store, calendars, status, messages, clock, zone);
        return new RequestModule(new RequestIntake(database, store, cipher, status, calendars, clock),
                new RequestDesk(database, store, cipher, status, calendars, audit, attachments, clock, zone),
                reminders, new AnnualReportService(database, store),
                new ReminderSchedule(reminders, hook, clock, zone), messages);
    }

    /**
     * Within the transaction that saved a year's calendar: every open request's due date derived again on it,
     * moved ones sent to the kiosks and their officers told. Returns how many moved.
     */
    public int calendarSaved(Connection c, WorkingCalendar saved) throws SQLException {
        return reminders.refresh(c, saved.year() + " 年工作日历已录入（第 " + saved.version() + " 版）").moved().size();
    }

    /** Messages to staff (due dates moved). */
    public StaffMessages messages() {
        return messages;
    }

    public RequestIntake intake() {
        return intake;
    }

    public RequestDesk desk() {
        return desk;
    }

    public Reminders reminders() {
        return reminders;
    }

    public AnnualReportService annualReport() {
        return annualReport;
    }

    /** Starts the daily reminder (once soon after start, then every morning at 08:00). */
    public void start() {
        schedule.start();
    }

    @Override
    public void close() {
        schedule.close();
    }
}
