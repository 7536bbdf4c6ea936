package cn.zwgk.core.request;

import static cn.zwgk.core.request.RequestEventType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.CalendarMissingException;
import cn.zwgk.core.calendar.CountedDate;
import cn.zwgk.core.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Due dates on the State Council's 2025 and 2026 arrangements. Every expected date is counted by hand in the
 * comment above it (n = the n-th counted working day; "adj" = adjusted working day 调休).
 */
class DueDatesTest {
    private static final CalendarBook BOOK = CalendarBook.builtIn();
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static RequestEvent e(RequestEventType type, String on) {
        return RequestEvent.of(type, AT, "officer", LocalDate.parse(on), null);
    }

    private static LocalDate due(String received, RequestEvent... events) {
        List<RequestEvent> all = new ArrayList<>(List.of(e(SUBMITTED, received), e(REGISTERED, received)));
        all.addAll(List.of(events));
        CountedDate due = DueDates.dueDate(LocalDate.parse(received), all, BOOK).orElseThrow();
        assertThat(due.provisional()).as("counted over the official calendars only").isFalse();
        return due.date();
    }

    @Test
    void theBuiltInCalendarsAreTheStateCouncilArrangements() {
        WorkingCalendar y2025 = BOOK.year(2025);
        WorkingCalendar y2026 = BOOK.year(2026);
        assertThat(y2025.validate().list()).isEmpty();
        assertThat(y2026.validate().list()).isEmpty();
        assertThat(y2025.adjustedWorkdays()).extracting(LocalDate::toString)
                .containsExactly("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11");
        assertThat(y2026.adjustedWorkdays()).extracting(LocalDate::toString)
                .containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        // 国庆中秋 2025: 10/1–10/8, the weekdays among them are holidays
        assertThat(y2025.isWorkingDay(LocalDate.parse("2025-10-08"))).isFalse();
        assertThat(y2025.isWorkingDay(LocalDate.parse("2025-10-09"))).isTrue();
        // 元旦 2026: 1/1–1/3, Sunday 1/4 worked
        assertThat(y2026.isWorkingDay(LocalDate.parse("2026-01-02"))).isFalse();
        assertThat(y2026.isWorkingDay(LocalDate.parse("2026-01-04"))).isTrue();
        assertThat(y2025.holidays()).hasSize(18);
        assertThat(y2026.holidays()).hasSize(19);
    }

    @Test
    void receivedOnAnAdjustedWorkingSaturdayAcrossSpringFestival2026() {
        // received Sat 2026-02-14 (adj). 2/15–2/23 春节 (2/16–20, 2/23 holidays; 2/21–22 weekend).
        // 2/24(1) 2/25(2) 2/26(3) 2/27(4) Sat 2/28 adj(5) 3/2(6) 3/3(7) 3/4(8) 3/5(9) 3/6(10)
        // 3/9(11) 3/10(12) 3/11(13) 3/12(14) 3/13(15) 3/16(16) 3/17(17) 3/18(18) 3/19(19) 3/20(20)
        assertThat(due("2026-02-14")).isEqualTo("2026-03-20");
    }

    @Test
    void spanningSpringFestival2025WithItsTwoWorkingWeekendDays() {
        // received Mon 2025-01-20. 1/21(1) 1/22(2) 1/23(3) 1/24(4) Sun 1/26 adj(5) 1/27(6);
        // 1/28–2/4 春节; 2/5(7) 2/6(8) 2/7(9) Sat 2/8 adj(10) 2/10(11) 2/11(12) 2/12(13) 2/13(14) 2/14(15)
        // 2/17(16) 2/18(17) 2/19(18) 2/20(19) 2/21(20)
        assertThat(due("2025-01-20")).isEqualTo("2025-02-21");
    }

    @Test
    void twoThirdPartyConsultationsStopTheClockTwice() {
        // received Mon 2026-03-02. 3/3(1), consultation starts Wed 3/4 which still counts (2);
        // stopped 3/5–3/10 (ends Tue 3/10); resumes 3/11(3) 3/12(4) 3/13(5) 3/16(6) 3/17(7);
        // second consultation starts 3/17 (counted above), stopped 3/18–3/24; resumes 3/25(8) 3/26(9) 3/27(10)
        // 3/30(11) 3/31(12) 4/1(13) 4/2(14) 4/3(15); 4/4–4/6 清明; 4/7(16) 4/8(17) 4/9(18) 4/10(19) 4/13(20)
        assertThat(due("2026-03-02",
                e(THIRD_PARTY_CONSULTATION_STARTED, "2026-03-04"), e(THIRD_PARTY_CONSULTATION_ENDED, "2026-03-10"),
                e(THIRD_PARTY_CONSULTATION_STARTED, "2026-03-17"), e(THIRD_PARTY_CONSULTATION_ENDED, "2026-03-24")))
                .isEqualTo("2026-04-13");
        // without the stops: 3/3 … 3/30 is the 20th working day
        assertThat(due("2026-03-02")).isEqualTo("2026-03-30");
    }

    @Test
    void anOpenConsultationHasNoDueDateYet() {
        List<RequestEvent> events = List.of(e(SUBMITTED, "2026-03-02"), e(REGISTERED, "2026-03-02"),
                e(THIRD_PARTY_CONSULTATION_STARTED, "2026-03-04"));
        assertThat(DueDates.dueDate(LocalDate.parse("2026-03-02"), events, BOOK)).isEmpty();
    }

    @Test
    void aCorrectionRestartsTheTwentyDaysFromTheCorrectedApplication() {
        LocalDate received = LocalDate.parse("2026-04-20");
        List<RequestEvent> waiting = List.of(e(SUBMITTED, "2026-04-20"), e(REGISTERED, "2026-04-20"),
                RequestEvent.correctionRequested(AT, "officer", LocalDate.parse("2026-04-23"),
                        LocalDate.parse("2026-05-15"), "请写明文号"));
        // while the applicant has not corrected, the clock waits for them
        assertThat(DueDates.dueDate(received, waiting, BOOK)).isEmpty();
        List<RequestEvent> corrected = new ArrayList<>(waiting);
        corrected.add(e(CORRECTION_RECEIVED, "2026-05-06"));
        // restart from Wed 5/6: 5/7(1) 5/8(2) Sat 5/9 adj(3) 5/11(4) 5/12(5) 5/13(6) 5/14(7) 5/15(8) 5/18(9)
        // 5/19(10) 5/20(11) 5/21(12) 5/22(13) 5/25(14) 5/26(15) 5/27(16) 5/28(17) 5/29(18) 6/1(19) 6/2(20)
        assertThat(DueDates.dueDate(received, corrected, BOOK)).contains(new CountedDate(LocalDate.parse("2026-06-02"), false));
    }

    @Test
    void anExtensionAddsTwentyWorkingDaysAcrossNationalDay() {
        // received Mon 2026-09-14. 9/15(1) 9/16(2) 9/17(3) 9/18(4) Sun 9/20 adj(5) 9/21(6) 9/22(7) 9/23(8) 9/24(9);
        // 9/25 中秋; 9/28(10) 9/29(11) 9/30(12); 10/1–10/7 国庆; 10/8(13) 10/9(14) Sat 10/10 adj(15)
        // 10/12(16) 10/13(17) 10/14(18) 10/15(19) 10/16(20)
        assertThat(due("2026-09-14")).isEqualTo("2026-10-16");
        // extended: 10/19(21) … 10/23(25) 10/26(26) … 10/30(30) 11/2(31) … 11/6(35) 11/9(36) … 11/13(40)
        assertThat(due("2026-09-14", RequestEvent.extended(AT, "officer", LocalDate.parse("2026-10-09"), "王主任", null)))
                .isEqualTo("2026-11-13");
    }

    @Test
    void theCorrectionNoticeIsDueSevenWorkingDaysAfterReceipt() {
        // received Thu 2026-02-12: 2/13(1) Sat 2/14 adj(2); 春节 2/15–2/23; 2/24(3) 2/25(4) 2/26(5) 2/27(6) Sat 2/28 adj(7)
        assertThat(DueDates.correctionNoticeDeadline(LocalDate.parse("2026-02-12"), BOOK))
                .isEqualTo(new CountedDate(LocalDate.parse("2026-02-28"), false));
        // a third party asked on Mon 2026-03-02 answers by 3/23 (15 working days, no holiday in between)
        assertThat(DueDates.thirdPartyDeadline(LocalDate.parse("2026-03-02"), BOOK))
                .isEqualTo(new CountedDate(LocalDate.parse("2026-03-23"), false));
    }

    @Test
    void aDeadlineReachingIntoAYearWithoutACalendarIsCountedMondayToFridayAndMarkedProvisional() {
        // received Sun 2026-12-20: 12/21(1) … 12/25(5) 12/28(6) … 12/31(9); 2027 unknown, so Mon–Fri:
        // 1/1(10) 1/4(11) … 1/8(15) 1/11(16) … 1/14(19) 1/15(20) — 2027-01-01 is not guessed to be a holiday
        List<RequestEvent> events = List.of(e(SUBMITTED, "2026-12-20"));
        CountedDate due = DueDates.dueDate(LocalDate.parse("2026-12-20"), events, BOOK).orElseThrow();
        assertThat(due).isEqualTo(new CountedDate(LocalDate.parse("2027-01-15"), true));
        assertThat(due.text()).isEqualTo("2027-01-15（暂定）");
        assertThat(BOOK.missingYears(LocalDate.parse("2026-12-20"), due.date())).containsExactly(2027);
        // the year's calendar itself is still refused, with the reason: nothing invents its holidays
        assertThatThrownBy(() -> BOOK.year(2027)).isInstanceOf(CalendarMissingException.class)
                .hasMessageContaining("缺少 2027 年的工作日历");
        // far in the future too: never empty, always provisional
        assertThat(DueDates.dueDate(LocalDate.parse("2031-12-20"), List.of(e(SUBMITTED, "2031-12-20")), BOOK))
                .contains(new CountedDate(LocalDate.parse("2032-01-16"), true));
        // a date counted within 2026 only is official, even when received on its last working days
        assertThat(DueDates.correctionNoticeDeadline(LocalDate.parse("2026-12-18"), BOOK))
                .isEqualTo(new CountedDate(LocalDate.parse("2026-12-29"), false));
    }

    @Test
    void enteringTheMissingYearMovesTheProvisionalDateAndMakesItOfficial() {
        List<RequestEvent> events = List.of(e(SUBMITTED, "2026-12-20"));
        WorkingCalendar y2027 = new WorkingCalendar(2027, List.of(LocalDate.parse("2027-01-01")), List.of(), 1);
        assertThat(DueDates.dueDate(LocalDate.parse("2026-12-20"), events, BOOK.with(List.of(y2027))))
                .contains(new CountedDate(LocalDate.parse("2027-01-18"), false));
    }

    @Test
    void aSyncedCalendarOfNextYearExtendsTheBookAndANewerVersionWins() {
        WorkingCalendar y2027 = new WorkingCalendar(2027, List.of(LocalDate.parse("2027-01-01")), List.of(), 1);
        CalendarBook book = BOOK.with(List.of(y2027));
        // received Mon 2026-12-21: 12/22(1) … 12/25(4) 12/28(5) … 12/31(8); 2027-01-01 holiday;
        // 1/4(9) … 1/8(13) 1/11(14) … 1/15(18) 1/18(19) 1/19(20)
        List<RequestEvent> events = List.of(e(SUBMITTED, "2026-12-21"));
        assertThat(DueDates.dueDate(LocalDate.parse("2026-12-21"), events, book))
                .contains(new CountedDate(LocalDate.parse("2027-01-19"), false));
        WorkingCalendar edited = new WorkingCalendar(2026, List.of(), List.of(), 2);
        assertThat(BOOK.with(List.of(edited)).year(2026).version()).isEqualTo(2);
        assertThat(BOOK.with(List.of(new WorkingCalendar(2026, List.of(), List.of(), 0))).year(2026).version()).isEqualTo(1);
    }

    @Test
    void anotherAgencysConsultationAndAFeeNoticeUntilPaymentAreNotCountedAndAnUnpaidFeeLapsesTheRequest() {
        // received Mon 2026-03-02, due 3/30 without pauses
        assertThat(due("2026-03-02")).isEqualTo("2026-03-30");
        // another agency asked Wed 3/4, answered Wed 3/11: 3/5 … 3/11 (5 working days) not counted → 4/6? 3/30 + 5 = 4/7
        // (4/6 is 清明 in 2026)
        assertThat(due("2026-03-02", e(AGENCY_CONSULTATION_STARTED, "2026-03-04"), e(AGENCY_CONSULTATION_ENDED, "2026-03-11")))
                .isEqualTo("2026-04-07");
        // a fee notice on 3/4 paid on 3/11: the same five days do not count
        RequestEvent fee = RequestEvent.feeNotified(AT, "officer", LocalDate.parse("2026-03-04"), 200,
                LocalDate.parse("2026-04-01"), "按件");
        assertThat(due("2026-03-02", fee, e(FEE_PAID, "2026-03-11"))).isEqualTo("2026-04-07");
        // unpaid: no due date while waiting, none once lapsed, and the annual report counts it as 其他处理 / 逾期未缴费
        List<RequestEvent> waiting = List.of(e(SUBMITTED, "2026-03-02"), e(REGISTERED, "2026-03-02"), fee);
        assertThat(DueDates.dueDate(LocalDate.parse("2026-03-02"), waiting, BOOK)).isEmpty();
        assertThat(DueDates.paymentDeadline(LocalDate.parse("2026-03-04"), BOOK))
                .isEqualTo(new CountedDate(LocalDate.parse("2026-04-01"), false));
        List<RequestEvent> lapsed = new ArrayList<>(waiting);
        lapsed.add(e(FEE_LAPSED, "2026-04-02"));
        assertThat(RequestLifecycle.replay(lapsed)).isEqualTo(RequestState.LAPSED_UNPAID);
        assertThat(ReportedRequest.of(ApplicantType.NATURAL_PERSON, null, LocalDate.parse("2026-03-02"), lapsed).replyReason())
                .isEqualTo(ReplyReason.OVERDUE_FEE);
        List<RequestEvent> tooEarly = new ArrayList<>(waiting);
        tooEarly.add(e(FEE_LAPSED, "2026-04-01"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RequestLifecycle.replay(tooEarly))
                .hasMessageContaining("缴费期限（2026-04-01）尚未届满");
    }
}
