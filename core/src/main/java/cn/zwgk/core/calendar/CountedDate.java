package cn.zwgk.core.calendar;

import java.time.LocalDate;

/**
 * A date counted in working days, and whether the count ran over a year without an official calendar
 * (Monday to Friday assumed): such a date is shown as 暂定 (provisional) until that year is entered.
 *
 * @param date        the counted date; never null
 * @param provisional true while a year it was counted over has no official calendar
 */
public record CountedDate(LocalDate date, boolean provisional) implements java.io.Serializable {

    public CountedDate {
        java.util.Objects.requireNonNull(date, "date");
    }

    /** The date as staff and residents read it: {@code 2027-01-19（暂定）} when provisional. */
    public String text() {
        return date + (provisional ? "（暂定）" : "");
    }
}
