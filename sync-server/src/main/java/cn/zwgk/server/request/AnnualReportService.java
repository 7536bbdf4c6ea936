package cn.zwgk.server.request;

import cn.zwgk.core.request.AnnualReportTable;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.store.Database;

/**
 * Table 三 of the annual report for a year, from the stored requests (no personal data is read), on screen as
 * {@link AnnualReportTable} and as an XLSX in the national layout.
 */
public final class AnnualReportService {
    private final Database database;
    private final RequestStore store;

    AnnualReportService(Database database, RequestStore store) {
        this.database = database;
        this.store = store;
    }

    public AnnualReportTable table(StaffSession who, int year) {
        who.require(RequestDesk.DESK_ROLES);
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("年份必须在 2000 到 2100 之间");
        }
        return AnnualReportTable.compute(year, database.inTransaction(c -> store.forReport(c, year)));
    }

    /** The table as an .xlsx file (one sheet, the template's rows and columns, the check row at the bottom). */
    public byte[] xlsx(StaffSession who, int year) {
        return AnnualReportXlsx.write(table(who, year));
    }
}
