package cn.zwgk.server.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.calendar.CalendarMissingException;
import cn.zwgk.core.calendar.WorkingCalendar;
import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.validation.ValidationException;
import cn.zwgk.server.TestDatabases;
import cn.zwgk.server.TestDatabases.Engine;
import cn.zwgk.server.audit.AuditLog;
import cn.zwgk.server.reference.ReferenceStore;
import cn.zwgk.server.sync.ChangeLogStore;
import cn.zwgk.server.system.ServerConfig;
import cn.zwgk.server.system.SyncServer;
import java.nio.file.Path;
import cn.zwgk.core.time.AppClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The central office enters next year's calendar; it is versioned, synced to kiosks, audited. */
class CalendarServiceTest {
    private static final StaffSession ADMIN = new StaffSession("admin", "中心管理员", Set.of(Role.CENTRAL_ADMIN), null);
    private static final StaffSession OFFICER = new StaffSession("officer1", "王办理", Set.of(Role.REQUEST_OFFICER), null);

    @TempDir
    Path dir;
    private SyncServer server;
    private ServerConfig config;

    @AfterEach
    void close() {
        if (server != null) {
            server.close();
            TestDatabases.dropSchema(config);
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void nextYearIsSavedVersionedSyncedAndAudited(Engine engine) {
        config = TestDatabases.config(engine, dir);
        server = SyncServer.create(config, AppClock.forTests());
        CalendarService calendars = new CalendarService(server.database(), new ReferenceStore(),
                new ChangeLogStore(AppClock.forTests()), new AuditLog(AppClock.forTests()), server.requests()::calendarSaved);
        assertThat(calendars.all(OFFICER)).extracting(WorkingCalendar::year).containsExactly(2025, 2026);
        // before it is entered, 2027 counts Monday to Friday: New Year's Day is not guessed
        assertThat(calendars.book().isOfficial(2027)).isFalse();
        assertThat(calendars.book().isWorkingDay(LocalDate.parse("2027-01-01"))).isTrue();
        assertThatThrownBy(() -> calendars.book().year(2027)).isInstanceOf(CalendarMissingException.class);

        WorkingCalendar y2027 = calendars.save(ADMIN, 2027, List.of(LocalDate.parse("2027-01-01")), List.of()).calendar();
        assertThat(y2027.version()).isEqualTo(1);
        assertThat(calendars.book().isOfficial(2027)).isTrue();
        assertThat(calendars.book().isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(calendars.book().isWorkingDay(LocalDate.parse("2027-01-04"))).isTrue();

        // editing a built-in year makes version 2 of it
        WorkingCalendar y2026 = calendars.save(ADMIN, 2026, calendars.book().year(2026).holidays(),
                List.of(LocalDate.parse("2026-01-04"))).calendar();
        assertThat(y2026.version()).isEqualTo(2);
        assertThat(calendars.book().isWorkingDay(LocalDate.parse("2026-02-14"))).isFalse();

        String logged = server.database().inTransaction(c -> {
            try (var ps = c.prepareStatement("SELECT payload FROM change_log WHERE record_type = 'CALENDAR' ORDER BY seq");
                    var rs = ps.executeQuery()) {
                StringBuilder s = new StringBuilder();
                while (rs.next()) {
                    s.append(rs.getString(1)).append('\n');
                }
                return s.toString();
            }
        });
        assertThat(logged.lines().map(l -> SyncJson.read(l, WorkingCalendar.class).year()))
                .containsExactly(2027, 2026);
        assertThat(TestDatabases.count(server.database(), "audit_log")).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aWrongCalendarOrAStaffMemberWithoutTheRoleIsRefused(Engine engine) {
        config = TestDatabases.config(engine, dir);
        server = SyncServer.create(config, AppClock.forTests());
        CalendarService calendars = new CalendarService(server.database(), new ReferenceStore(),
                new ChangeLogStore(AppClock.forTests()), new AuditLog(AppClock.forTests()), server.requests()::calendarSaved);
        assertThatThrownBy(() -> calendars.save(OFFICER, 2027, List.of(), List.of()))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("中心管理员");
        assertThatThrownBy(() -> calendars.save(ADMIN, 2027, List.of(LocalDate.parse("2026-12-31")),
                List.of(LocalDate.parse("2027-01-05"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("不在 2027 年").hasMessageContaining("不是周末");
        assertThat(TestDatabases.count(server.database(), "change_log")).isZero();
    }
}
