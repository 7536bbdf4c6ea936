package cn.zwgk.server.report;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.WorkingCalendar;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.server.catalogue.CatalogueStore;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The monthly timeliness report districts file for every department, on the working-day calendars the
 * central office publishes (falling back to the built-in State Council calendars for years it has not).
 */
public final class TimelinessService {
    static final String CALENDARS = "SELECT payload FROM reference_record WHERE record_type = 'CALENDAR'";
    /** More months than this in one report is a typo, not a question. */
    static final int MAX_MONTHS = 36;

    private final Database database;
    private final CatalogueStore catalogue;

    public TimelinessService(Database database, CatalogueStore catalogue) {
        this.database = database;
        this.catalogue = catalogue;
    }

    public TimelinessReport report(StaffSession who, YearMonth from, YearMonth to) {
        who.require(Role.CENTRAL_ADMIN, Role.CATALOGUE_EDITOR);
        if (to.isBefore(from)) {
            throw new ReportException("结束月份不能早于开始月份");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new ReportException("一次最多统计 " + MAX_MONTHS + " 个月");
        }
        return database.inTransaction(c -> new TimelinessCalculator(CalendarBook.builtIn().with(calendars(c)))
                .report(catalogue.allItems(c), from, to));
    }

    /** The report as XLSX into {@code out}. */
    public void exportXlsx(StaffSession who, YearMonth from, YearMonth to, OutputStream out) {
        TimelinessXlsx.write(report(who, from, to), out);
    }

    private static List<WorkingCalendar> calendars(Connection c) throws SQLException {
        List<WorkingCalendar> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(CALENDARS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(SyncJson.read(rs.getString(1), WorkingCalendar.class));
            }
        }
        return list;
    }
}
