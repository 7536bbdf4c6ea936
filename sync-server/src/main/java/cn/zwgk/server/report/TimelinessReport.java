package cn.zwgk.server.report;

import java.time.YearMonth;
import java.util.List;

/**
 * Proactive disclosure on time (Art. 26: within 20 working days of the information being formed or
 * changed), per department and month, over the published documents of the catalogue.
 *
 * @param rows one per department and month with publications, by month then department
 * @param late every late publication, by department then date
 */
public record TimelinessReport(YearMonth from, YearMonth to, List<DepartmentMonth> rows, List<LatePublication> late) {

    public TimelinessReport {
        rows = List.copyOf(rows);
        late = List.copyOf(late);
    }
}
