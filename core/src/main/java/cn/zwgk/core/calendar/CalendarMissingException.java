package cn.zwgk.core.calendar;

import cn.zwgk.core.ZwgkException;

/** A deadline needed a year for which no working-day calendar has been loaded. */
public class CalendarMissingException extends ZwgkException {
    private final int year;

    public CalendarMissingException(int year) {
        super("缺少 " + year + " 年的工作日历：请中心按国务院办公厅当年的放假安排录入后再计算期限");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
