package cn.zwgk.core.request;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.CountedDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The deadline calculator (答复期限计算) for a request received on a given day, as an officer handling a letter or a
 * phone call needs it: the reply, the reply after an extension, the correction notice and a third party's answer,
 * each counted on the working-day calendars (provisional over a year not entered yet).
 *
 * @param received         the legal receipt date
 * @param reply            20 working days (条例第三十三条)
 * @param extended         40 working days, when the extension is approved
 * @param correctionNotice 7 working days: the last day to ask for a correction (补正)
 * @param thirdParty       15 working days: a third party consulted on that day answers by then
 * @param officialYears    the years with an official calendar in the book used
 */
public record Deadlines(LocalDate received, CountedDate reply, CountedDate extended, CountedDate correctionNotice,
                        CountedDate thirdParty, List<Integer> officialYears) {

    public static Deadlines of(LocalDate received, CalendarBook calendars) {
        RequestEvent submitted = RequestEvent.of(RequestEventType.SUBMITTED, Instant.EPOCH, "calculator", received, null);
        CountedDate reply = DueDates.dueDate(received, List.of(submitted), calendars).orElseThrow();
        CountedDate extended = calendars.plusWorkingDaysCounted(received,
                DueDates.REPLY_WORKING_DAYS + DueDates.EXTENSION_WORKING_DAYS);
        return new Deadlines(received, reply, extended, DueDates.correctionNoticeDeadline(received, calendars),
                DueDates.thirdPartyDeadline(received, calendars), calendars.officialYears());
    }

    /** The years without an official calendar that the reply's count runs over (empty when it is official). */
    public List<Integer> missingYears(CalendarBook calendars) {
        return calendars.missingYears(received, extended.date());
    }
}
