package cn.zwgk.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.calendar.CalendarBook;
import cn.zwgk.core.calendar.CountedDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The clock as a property: any sequence of events the lifecycle allows, on any days, gives a due date that is never
 * missing while the clock runs, never before receipt, and never earlier than 20 working days after the last (re)start
 * of the period — pauses only ever move it later. Seeded, so a failure repeats; 3,000 random histories.
 */
class RequestClockPropertyTest {
    private static final CalendarBook BOOK = CalendarBook.builtIn();
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void randomHistoriesNeverLoseOrShortenTheDueDate() {
        Random random = new Random(20261220L);
        int withPauses = 0;
        for (int run = 0; run < 3000; run++) {
            LocalDate received = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365 * 3));
            List<RequestEvent> history = new ArrayList<>(List.of(RequestEvent.of(RequestEventType.SUBMITTED, AT, "kiosk:k",
                    received, null)));
            RequestState state = RequestLifecycle.replay(history);
            LocalDate day = received;
            LocalDate periodStart = received;
            boolean paused = false;
            for (int step = 0; step < 12 && !state.concluded(); step++) {
                List<RequestEventType> allowed = new ArrayList<>(RequestLifecycle.allowed(state, history));
                allowed.remove(RequestEventType.REPLIED);
                if (allowed.isEmpty()) {
                    break;
                }
                RequestEventType type = allowed.get(random.nextInt(allowed.size()));
                day = day.plusDays(random.nextInt(12));
                RequestEvent e = event(type, day, history);
                if (e.deadline() != null && type != RequestEventType.FEE_NOTIFIED) {
                    day = e.deadline();
                }
                state = RequestLifecycle.next(state, history, e);
                history.add(e);
                if (type == RequestEventType.CORRECTION_RECEIVED) {
                    periodStart = day;
                }
                paused |= Set.of(RequestEventType.THIRD_PARTY_CONSULTATION_STARTED, RequestEventType.AGENCY_CONSULTATION_STARTED,
                        RequestEventType.FEE_NOTIFIED).contains(type);

                var due = DueDates.dueDate(received, history, BOOK);
                boolean clockRuns = state == RequestState.SUBMITTED || state == RequestState.REGISTERED;
                assertThat(due.isPresent()).as("history %s", history).isEqualTo(clockRuns);
                if (due.isPresent()) {
                    CountedDate d = due.get();
                    assertThat(d.date()).as("history %s", history).isAfter(received)
                            .isAfterOrEqualTo(BOOK.plusWorkingDays(periodStart, DueDates.REPLY_WORKING_DAYS));
                    assertThat(d.provisional()).isEqualTo(BOOK.isProvisional(periodStart, d.date()));
                }
            }
            withPauses += paused ? 1 : 0;
        }
        assertThat(withPauses).as("the generator reaches the pauses").isGreaterThan(500);
    }

    private static RequestEvent event(RequestEventType type, LocalDate day, List<RequestEvent> history) {
        return switch (type) {
            case CORRECTION_REQUESTED -> RequestEvent.correctionRequested(AT, "o", day, day.plusDays(15), "补正");
            case EXTENDED -> RequestEvent.extended(AT, "o", day, "主任", null);
            case FEE_NOTIFIED -> RequestEvent.feeNotified(AT, "o", day, 300,
                    DueDates.paymentDeadline(day, BOOK).date(), "按件");
            case DEEMED_WITHDRAWN -> RequestEvent.of(type, AT, "o",
                    RequestLifecycle.last(history, RequestEventType.CORRECTION_REQUESTED).deadline().plusDays(1), null);
            case FEE_LAPSED -> RequestEvent.of(type, AT, "o",
                    RequestLifecycle.last(history, RequestEventType.FEE_NOTIFIED).deadline().plusDays(1), null);
            default -> RequestEvent.of(type, AT, "o", day, null);
        };
    }
}
