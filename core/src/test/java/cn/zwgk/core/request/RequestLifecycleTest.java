package cn.zwgk.core.request;

import static cn.zwgk.core.request.RequestEventType.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RequestLifecycleTest {
    private static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    /** Late enough that every deadline in the fixtures has passed. */
    private static final LocalDate LATER = LocalDate.of(2026, 6, 30);

    /** The legal moves, written out independently of the implementation. */
    private static final Map<String, Set<RequestEventType>> LEGAL = Map.ofEntries(
            Map.entry("new", EnumSet.of(SUBMITTED)),
            Map.entry("SUBMITTED", EnumSet.of(REGISTERED)),
            Map.entry("REGISTERED", EnumSet.of(CORRECTION_REQUESTED, THIRD_PARTY_CONSULTATION_STARTED,
                    AGENCY_CONSULTATION_STARTED, FEE_NOTIFIED, EXTENDED, REPLIED)),
            Map.entry("REGISTERED after correction", EnumSet.of(THIRD_PARTY_CONSULTATION_STARTED,
                    AGENCY_CONSULTATION_STARTED, FEE_NOTIFIED, EXTENDED, REPLIED)),
            Map.entry("REGISTERED after extension", EnumSet.of(CORRECTION_REQUESTED, THIRD_PARTY_CONSULTATION_STARTED,
                    AGENCY_CONSULTATION_STARTED, FEE_NOTIFIED, REPLIED)),
            Map.entry("REGISTERED after payment", EnumSet.of(CORRECTION_REQUESTED, THIRD_PARTY_CONSULTATION_STARTED,
                    AGENCY_CONSULTATION_STARTED, EXTENDED, REPLIED)),
            Map.entry("AWAITING_CORRECTION", EnumSet.of(CORRECTION_RECEIVED, DEEMED_WITHDRAWN)),
            Map.entry("CONSULTING_THIRD_PARTY", EnumSet.of(THIRD_PARTY_CONSULTATION_ENDED)),
            Map.entry("CONSULTING_AGENCY", EnumSet.of(AGENCY_CONSULTATION_ENDED)),
            Map.entry("AWAITING_PAYMENT", EnumSet.of(FEE_PAID, FEE_LAPSED)),
            Map.entry("REPLIED", EnumSet.of(ARCHIVED)),
            Map.entry("DEEMED_WITHDRAWN", EnumSet.of(ARCHIVED)),
            Map.entry("LAPSED_UNPAID", EnumSet.of(ARCHIVED)),
            Map.entry("ARCHIVED", EnumSet.noneOf(RequestEventType.class)));

    private static List<RequestEvent> history(String situation) {
        List<RequestEvent> h = new ArrayList<>();
        if (situation.equals("new")) {
            return h;
        }
        h.add(event(SUBMITTED, DAY));
        switch (situation) {
            case "SUBMITTED" -> { }
            case "REGISTERED" -> h.add(event(REGISTERED, DAY));
            case "REGISTERED after correction" -> h.addAll(List.of(event(REGISTERED, DAY),
                    event(CORRECTION_REQUESTED, DAY.plusDays(1)), event(CORRECTION_RECEIVED, DAY.plusDays(5))));
            case "REGISTERED after extension" -> h.addAll(List.of(event(REGISTERED, DAY), event(EXTENDED, DAY.plusDays(3))));
            case "AWAITING_CORRECTION" -> h.addAll(List.of(event(REGISTERED, DAY), event(CORRECTION_REQUESTED, DAY.plusDays(1))));
            case "CONSULTING_THIRD_PARTY" -> h.addAll(List.of(event(REGISTERED, DAY),
                    event(THIRD_PARTY_CONSULTATION_STARTED, DAY.plusDays(1))));
            case "REGISTERED after payment" -> h.addAll(List.of(event(REGISTERED, DAY), event(FEE_NOTIFIED, DAY.plusDays(1)),
                    event(FEE_PAID, DAY.plusDays(3))));
            case "CONSULTING_AGENCY" -> h.addAll(List.of(event(REGISTERED, DAY),
                    event(AGENCY_CONSULTATION_STARTED, DAY.plusDays(1))));
            case "AWAITING_PAYMENT" -> h.addAll(List.of(event(REGISTERED, DAY), event(FEE_NOTIFIED, DAY.plusDays(1))));
            case "LAPSED_UNPAID" -> h.addAll(List.of(event(REGISTERED, DAY), event(FEE_NOTIFIED, DAY.plusDays(1)),
                    event(FEE_LAPSED, LocalDate.of(2026, 5, 1))));
            case "REPLIED" -> h.addAll(List.of(event(REGISTERED, DAY), event(REPLIED, DAY.plusDays(4))));
            case "DEEMED_WITHDRAWN" -> h.addAll(List.of(event(REGISTERED, DAY), event(CORRECTION_REQUESTED, DAY.plusDays(1)),
                    event(DEEMED_WITHDRAWN, LocalDate.of(2026, 5, 1))));
            case "ARCHIVED" -> h.addAll(List.of(event(REGISTERED, DAY), event(REPLIED, DAY.plusDays(4)),
                    event(ARCHIVED, DAY.plusDays(5))));
            default -> throw new IllegalArgumentException(situation);
        }
        return h;
    }

    /** A well-formed event of each type, so that only the transition itself can be refused. */
    private static RequestEvent event(RequestEventType type, LocalDate on) {
        return switch (type) {
            case CORRECTION_REQUESTED -> RequestEvent.correctionRequested(AT, "officer", on,
                    on.isBefore(LocalDate.of(2026, 4, 1)) ? LocalDate.of(2026, 4, 30) : on.plusDays(20), "请写明文件的名称或文号");
            case EXTENDED -> RequestEvent.extended(AT, "officer", on, "王主任", "需要调取档案");
            case FEE_NOTIFIED -> RequestEvent.feeNotified(AT, "officer", on, 300,
                    on.isBefore(LocalDate.of(2026, 4, 1)) ? LocalDate.of(2026, 4, 30) : on.plusDays(28), "按件计收");
            case REPLIED -> RequestEvent.replied(AT, "officer", on, ReplyType.DISCLOSED, null, null, null);
            default -> RequestEvent.of(type, AT, "officer", on, null);
        };
    }

    static Stream<Arguments> everySituationAndEveryEvent() {
        return LEGAL.keySet().stream().sorted()
                .flatMap(s -> Stream.of(RequestEventType.values()).map(t -> Arguments.of(s, t)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everySituationAndEveryEvent")
    void exactlyTheLegalMovesAreAcceptedAndEveryOtherIsRefusedWithAReason(String situation, RequestEventType type) {
        List<RequestEvent> history = history(situation);
        RequestState state = history.isEmpty() ? null : RequestLifecycle.replay(history);
        if (!situation.equals("new")) {
            assertThat(state.name()).isEqualTo(situation.split(" ")[0]);
        }
        RequestEvent e = event(type, LATER);
        if (LEGAL.get(situation).contains(type)) {
            assertThat(RequestLifecycle.next(state, history, e)).isNotNull();
            assertThat(RequestLifecycle.allowed(state, history)).contains(type);
        } else {
            assertThatThrownBy(() -> RequestLifecycle.next(state, history, e))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("不能「" + type.label() + "」")
                    .hasMessageMatching("(?s).*[\\u4e00-\\u9fff]+.*：.*[\\u4e00-\\u9fff]+.*");
            assertThat(RequestLifecycle.allowed(state, history)).doesNotContain(type);
        }
    }

    @Test
    void eachMoveLeadsToTheRightState() {
        List<RequestEvent> h = history("REGISTERED");
        assertThat(RequestLifecycle.next(RequestState.REGISTERED, h, event(EXTENDED, LATER))).isEqualTo(RequestState.REGISTERED);
        assertThat(RequestLifecycle.next(RequestState.REGISTERED, h, event(CORRECTION_REQUESTED, LATER)))
                .isEqualTo(RequestState.AWAITING_CORRECTION);
        assertThat(RequestLifecycle.replay(history("REGISTERED after correction"))).isEqualTo(RequestState.REGISTERED);
        assertThat(RequestLifecycle.replay(history("DEEMED_WITHDRAWN"))).isEqualTo(RequestState.DEEMED_WITHDRAWN);
    }

    @Test
    void correctionAndExtensionAreAllowedOnlyOnce() {
        assertThatThrownBy(() -> RequestLifecycle.next(RequestState.REGISTERED, history("REGISTERED after correction"),
                event(CORRECTION_REQUESTED, LATER))).hasMessageContaining("补正只能告知一次");
        assertThatThrownBy(() -> RequestLifecycle.next(RequestState.REGISTERED, history("REGISTERED after extension"),
                event(EXTENDED, LATER))).hasMessageContaining("已经延期过一次");
    }

    @Test
    void aRequestIsDeemedWithdrawnOnlyAfterTheApplicantsDeadline() {
        List<RequestEvent> h = history("AWAITING_CORRECTION");
        RequestEvent tooEarly = event(DEEMED_WITHDRAWN, LocalDate.of(2026, 4, 30));
        assertThatThrownBy(() -> RequestLifecycle.next(RequestState.AWAITING_CORRECTION, h, tooEarly))
                .hasMessageContaining("补正期限（2026-04-30）尚未届满");
        assertThat(RequestLifecycle.next(RequestState.AWAITING_CORRECTION, h, event(DEEMED_WITHDRAWN, LocalDate.of(2026, 5, 1))))
                .isEqualTo(RequestState.DEEMED_WITHDRAWN);
    }

    @Test
    void detailsOfEachActionAreChecked() {
        List<RequestEvent> h = history("REGISTERED");
        RequestState s = RequestState.REGISTERED;
        assertThatThrownBy(() -> RequestLifecycle.next(s, h, RequestEvent.replied(AT, "officer", LATER,
                ReplyType.NOT_DISCLOSED, null, null, null))).hasMessageContaining("「不予公开」须选择理由");
        assertThatThrownBy(() -> RequestLifecycle.next(s, h, RequestEvent.replied(AT, "officer", LATER,
                ReplyType.NOT_DISCLOSED, ReplyReason.NOT_HELD, null, null))).hasMessageContaining("不属于「不予公开」");
        assertThatThrownBy(() -> RequestLifecycle.next(s, h, RequestEvent.replied(AT, "officer", LATER,
                ReplyType.DISCLOSED, ReplyReason.STATE_SECRET, null, null))).hasMessageContaining("不属于「予以公开」");
        assertThatThrownBy(() -> RequestLifecycle.next(s, h, RequestEvent.replied(AT, "officer", LATER,
                ReplyType.OTHER, ReplyReason.OVERDUE_CORRECTION, null, null))).hasMessageContaining("视为撤回");
        assertThatThrownBy(() -> RequestLifecycle.next(s, h, RequestEvent.replied(AT, "officer", LATER, null, null, null, null)))
                .hasMessageContaining("须选择答复类型");
        assertThatThrownBy(() -> RequestLifecycle.next(s, h, RequestEvent.extended(AT, "officer", LATER, " ", null)))
                .hasMessageContaining("批准人");
        assertThatThrownBy(() -> RequestLifecycle.next(s, h, RequestEvent.correctionRequested(AT, "officer", LATER, null, "x")))
                .hasMessageContaining("补正期限");
        assertThatThrownBy(() -> RequestLifecycle.next(s, h, event(REPLIED, DAY.minusDays(1))))
                .hasMessageContaining("早于上一步");
        assertThatThrownBy(() -> RequestLifecycle.next(s, h, RequestEvent.of(REPLIED, AT, "officer", null, null)))
                .hasMessageContaining("须写明日期");
        assertThat(RequestLifecycle.next(s, h, RequestEvent.replied(AT, "officer", LATER, ReplyType.UNABLE_TO_PROVIDE,
                ReplyReason.NOT_HELD, null, "请向区住建委申请"))).isEqualTo(RequestState.REPLIED);
    }

    @Test
    void everyReasonBelongsToATypeThatNeedsOneAndTheReportHasAllNineteen() {
        assertThat(ReplyReason.of(ReplyType.NOT_DISCLOSED)).hasSize(8);
        assertThat(ReplyReason.of(ReplyType.UNABLE_TO_PROVIDE)).hasSize(3);
        assertThat(ReplyReason.of(ReplyType.NOT_PROCESSED)).hasSize(5);
        assertThat(ReplyReason.of(ReplyType.OTHER)).hasSize(3);
        assertThat(ReplyReason.of(ReplyType.DISCLOSED)).isEmpty();
        for (ReplyReason r : ReplyReason.values()) {
            assertThat(r.type().needsReason()).isTrue();
            assertThat(r.explanation()).isNotBlank();
        }
    }
}
