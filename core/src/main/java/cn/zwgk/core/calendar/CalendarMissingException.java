package cn.zwgk.core.calendar;

import cn.zwgk.core.ZwgkException;

/** The official working-day calendar of a year was asked for and the central office has not entered it. */
public class CalendarMissingException extends ZwgkException {
    private final int year;

    public CalendarMissingException(int year) {
        super("缺少 " + year + " 年的工作日历：请中心按国务院办公厅当年的放假安排录入；录入前该年按周一至周五计算，期限为暂定");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
