package cn.zwgk.core.request;

import static cn.zwgk.core.request.RequestEventType.*;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.CountedDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Legal deadlines, derived from the receipt date, the events and the working-day calendar — never typed.
 *
 * <ul>
 * <li>Reply: 20 working days, counted from the day after receipt (Art. 33).</li>
 * <li>Correction (补正): the 20 days restart from the day the corrected application is received; while the
 *     applicant has not corrected, there is no due date (the clock waits for them).</li>
 * <li>Pauses — third-party consultation (第三十二条), consultation of another agency (第三十四条) and a fee notice
 *     until payment (国办函〔2020〕109号): the working days after the day the pause starts, up to and including the
 *     day it ends, are not counted; counting resumes the next working day. The start day itself counts (the office
 *     worked on the request that day). An open pause has no due date yet; an unpaid fee lapses the request.</li>
 * <li>Extension: 20 more working days.</li>
 * </ul>
 * A date counted over a year whose official calendar is not entered yet is {@linkplain CountedDate#provisional()
 * provisional} (Monday to Friday assumed), never missing.
 */
public final class DueDates {
    public static final int REPLY_WORKING_DAYS = 20;
    public static final int EXTENSION_WORKING_DAYS = 20;
    public static final int CORRECTION_NOTICE_WORKING_DAYS = 7;
    public static final int THIRD_PARTY_WORKING_DAYS = 15;
    /** 第三十四条: another agency consulted answers within 15 working days (silence counts as consent). */
    public static final int AGENCY_WORKING_DAYS = 15;
    /** 国办函〔2020〕109号: the applicant pays within 20 working days of the fee notice, or the request lapses. */
    public static final int PAYMENT_WORKING_DAYS = 20;

    private DueDates() {
    }

    /**
     * The date by which the reply is due, or empty while the clock is stopped (awaiting correction or an open
     * third-party consultation) or once the request was deemed withdrawn.
     */
    public static Optional<CountedDate> dueDate(LocalDate received, List<RequestEvent> events, CalendarBook calendars) {
        LocalDate start = received;
        boolean waitingForCorrection = false;
        List<LocalDate[]> stops = new ArrayList<>();
        LocalDate openStop = null;
        boolean extended = false;
        for (RequestEvent e : events) {
            switch (e.type()) {
                case CORRECTION_REQUESTED -> waitingForCorrection = true;
                case CORRECTION_RECEIVED -> {
                    // 第三十条: the period runs anew from the day the corrected application arrives
                    waitingForCorrection = false;
                    start = e.on();
                    stops.clear();
                }
                case DEEMED_WITHDRAWN, FEE_LAPSED -> {
                    return Optional.empty();
                }
                case THIRD_PARTY_CONSULTATION_STARTED, AGENCY_CONSULTATION_STARTED, FEE_NOTIFIED -> openStop = e.on();
                case THIRD_PARTY_CONSULTATION_ENDED, AGENCY_CONSULTATION_ENDED, FEE_PAID -> {
                    if (openStop != null) {
                        stops.add(new LocalDate[] {openStop, e.on()});
                        openStop = null;
                    }
                }
                case EXTENDED -> extended = true;
                default -> { }
            }
        }
        if (waitingForCorrection || openStop != null) {
            return Optional.empty();
        }
        int days = REPLY_WORKING_DAYS + (extended ? EXTENSION_WORKING_DAYS : 0);
        LocalDate due = countSkipping(start, days, stops, calendars);
        return Optional.of(new CountedDate(due, calendars.isProvisional(start, due)));
    }

    /** The date by which the office must tell the applicant what to correct: 7 working days after receipt. */
    public static CountedDate correctionNoticeDeadline(LocalDate received, CalendarBook calendars) {
        return calendars.plusWorkingDaysCounted(received, CORRECTION_NOTICE_WORKING_DAYS);
    }

    /** The date by which a consulted third party must answer: 15 working days after the letter. */
    public static CountedDate thirdPartyDeadline(LocalDate consultationStarted, CalendarBook calendars) {
        return calendars.plusWorkingDaysCounted(consultationStarted, THIRD_PARTY_WORKING_DAYS);
    }

    /** The last day to pay a fee notified on {@code notifiedOn}: 20 working days after it. */
    public static CountedDate paymentDeadline(LocalDate notifiedOn, CalendarBook calendars) {
        return calendars.plusWorkingDaysCounted(notifiedOn, PAYMENT_WORKING_DAYS);
    }

    /** The n-th counted working day after {@code start}, not counting days in any (stop start, stop end]. */
    private static LocalDate countSkipping(LocalDate start, int n, List<LocalDate[]> stops, CalendarBook calendars) {
        LocalDate d = start;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (calendars.isWorkingDay(d) && !stopped(d, stops)) {
                counted++;
            }
        }
        return d;
    }

    private static boolean stopped(LocalDate d, List<LocalDate[]> stops) {
        for (LocalDate[] s : stops) {
            if (d.isAfter(s[0]) && !d.isAfter(s[1])) {
                return true;
            }
        }
        return false;
    }
}
