package cn.zwgk.server.report;

import java.time.YearMonth;

/**
 * One line of the timeliness report: a department's publications in a month.
 *
 * @param published documents published in the month
 * @param onTime    published within 20 working days of being formed (成文日期)
 * @param late      published later than that
 * @param unknown   no 成文日期: cannot be judged
 */
public record DepartmentMonth(String department, YearMonth month, int published, int onTime, int late, int unknown) {

    /** Share on time among those that could be judged, 0–100; 100 when none could be judged. */
    public double onTimePercent() {
        int judged = onTime + late;
        return judged == 0 ? 100 : 100.0 * onTime / judged;
    }
}
