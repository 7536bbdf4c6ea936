package cn.zwgk.core.request;

import static cn.zwgk.core.request.RequestEventType.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The state machine of a request: which event may follow which state, and the state it leads to. Everything
 * else is refused with the reason in Chinese. Correction may be asked once, the deadline extended once; a
 * request is deemed withdrawn only after the applicant's correction deadline has passed.
 */
public final class RequestLifecycle {

    private RequestLifecycle() {
    }

    /** The state after replaying {@code events} from the start (each checked). */
    public static RequestState replay(List<RequestEvent> events) {
        RequestState state = null;
        for (int i = 0; i < events.size(); i++) {
            state = next(state, events.subList(0, i), events.get(i));
        }
        if (state == null) {
            throw new IllegalTransitionException("申请没有任何记录");
        }
        return state;
    }

    /** The event types allowed now (what a desk screen offers); the date and detail checks come on {@link #next}. */
    public static Set<RequestEventType> allowed(RequestState state, List<RequestEvent> history) {
        Set<RequestEventType> out = EnumSet.noneOf(RequestEventType.class);
        for (RequestEventType t : RequestEventType.values()) {
            if (refusal(state, history, t) == null) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The state after {@code event}, given the {@code current} state (null before the submission) and the
     * {@code history} so far.
     *
     * @throws IllegalTransitionException naming why the event is not allowed
     */
    public static RequestState next(RequestState current, List<RequestEvent> history, RequestEvent event) {
        String refusal = refusal(current, history, event.type());
        if (refusal == null) {
            refusal = detailProblem(history, event);
        }
        if (refusal != null) {
            throw new IllegalTransitionException("不能「" + event.type().label() + "」：" + refusal);
        }
        return switch (event.type()) {
            case SUBMITTED -> RequestState.SUBMITTED;
            case REGISTERED, CORRECTION_RECEIVED, THIRD_PARTY_CONSULTATION_ENDED, AGENCY_CONSULTATION_ENDED, FEE_PAID ->
                    RequestState.REGISTERED;
            case AGENCY_CONSULTATION_STARTED -> RequestState.CONSULTING_AGENCY;
            case FEE_NOTIFIED -> RequestState.AWAITING_PAYMENT;
            case FEE_LAPSED -> RequestState.LAPSED_UNPAID;
            case EXTENDED -> current;
            case CORRECTION_REQUESTED -> RequestState.AWAITING_CORRECTION;
            case THIRD_PARTY_CONSULTATION_STARTED -> RequestState.CONSULTING_THIRD_PARTY;
            case DEEMED_WITHDRAWN -> RequestState.DEEMED_WITHDRAWN;
            case REPLIED -> RequestState.REPLIED;
            case ARCHIVED -> RequestState.ARCHIVED;
        };
    }

    /** Why {@code type} cannot follow {@code state}; null when it can. */
    static String refusal(RequestState state, List<RequestEvent> history, RequestEventType type) {
        if (state == null) {
            return type == SUBMITTED ? null : "申请尚未提交";
        }
        if (type == SUBMITTED) {
            return "申请已经提交过，不能重复提交";
        }
        return switch (state) {
            case SUBMITTED -> type == REGISTERED ? null : "申请尚未登记，请先登记";
            case REGISTERED -> switch (type) {
                case REGISTERED -> "申请已经登记";
                case CORRECTION_REQUESTED -> happened(history, CORRECTION_REQUESTED) ? "补正只能告知一次" : null;
                case EXTENDED -> happened(history, EXTENDED) ? "已经延期过一次，不能再延期" : null;
                case THIRD_PARTY_CONSULTATION_STARTED, AGENCY_CONSULTATION_STARTED, REPLIED -> null;
                case FEE_NOTIFIED -> happened(history, FEE_NOTIFIED) ? "收费通知只能发一次" : null;
                case FEE_PAID, FEE_LAPSED -> "没有待缴的收费通知";
                case AGENCY_CONSULTATION_ENDED -> "没有正在征求的其他机关意见";
                case CORRECTION_RECEIVED -> "没有待补正的告知";
                case DEEMED_WITHDRAWN -> "没有告知补正，不能视为撤回";
                case THIRD_PARTY_CONSULTATION_ENDED -> "没有正在征求的第三方意见";
                case ARCHIVED -> "尚未答复，不能归档";
                case SUBMITTED -> throw new AssertionError();
            };
            case AWAITING_CORRECTION -> type == CORRECTION_RECEIVED || type == DEEMED_WITHDRAWN ? null
                    : "正在等待申请人补正，请先记录收到补正材料，或在补正期限届满后视为撤回";
            case CONSULTING_THIRD_PARTY -> type == THIRD_PARTY_CONSULTATION_ENDED ? null
                    : "正在征求第三方意见，请先记录征求结束";
            case CONSULTING_AGENCY -> type == AGENCY_CONSULTATION_ENDED ? null
                    : "正在征求其他机关意见，请先记录征求结束";
            case AWAITING_PAYMENT -> type == FEE_PAID || type == FEE_LAPSED ? null
                    : "正在等待申请人缴费，请先记录已缴费，或在缴费期限届满后记录逾期未缴费";
            case LAPSED_UNPAID -> type == ARCHIVED ? null : "申请已因逾期未缴费不再处理，只能归档";
            case REPLIED -> type == ARCHIVED ? null : "申请已经答复，只能归档";
            case DEEMED_WITHDRAWN -> type == ARCHIVED ? null : "申请已视为撤回，只能归档";
            case ARCHIVED -> "申请已归档，不能再办理";
        };
    }

    /** Checks of the event's own fields once its type is allowed; null when fine. */
    private static String detailProblem(List<RequestEvent> history, RequestEvent e) {
        if (e.on() == null) {
            return "须写明日期";
        }
        if (e.at() == null || e.actor() == null || e.actor().isBlank()) {
            return "须记录时间和办理人";
        }
        if (!history.isEmpty() && e.on().isBefore(history.getLast().on())) {
            return "日期 " + e.on() + " 早于上一步的日期 " + history.getLast().on();
        }
        return switch (e.type()) {
            case CORRECTION_REQUESTED -> e.deadline() == null || !e.deadline().isAfter(e.on())
                    ? "须写明补正期限（晚于告知日期）" : null;
            case EXTENDED -> e.approver() == null || e.approver().isBlank() ? "延期须记录批准人（政务公开办负责人）" : null;
            case DEEMED_WITHDRAWN -> {
                RequestEvent asked = last(history, CORRECTION_REQUESTED);
                yield e.on().isAfter(asked.deadline()) ? null : "补正期限（" + asked.deadline() + "）尚未届满";
            }
            case FEE_NOTIFIED -> e.feeYuan() == null || e.feeYuan() <= 0 ? "收费金额须大于零（不收费的无需发收费通知）"
                    : e.deadline() == null || !e.deadline().isAfter(e.on()) ? "须写明缴费期限（晚于通知日期）" : null;
            case FEE_LAPSED -> {
                RequestEvent notice = last(history, FEE_NOTIFIED);
                yield e.on().isAfter(notice.deadline()) ? null : "缴费期限（" + notice.deadline() + "）尚未届满";
            }
            case REPLIED -> replyProblem(e);
            default -> null;
        };
    }

    private static String replyProblem(RequestEvent e) {
        if (e.replyType() == null) {
            return "须选择答复类型";
        }
        if (e.replyReason() == ReplyReason.OVERDUE_CORRECTION) {
            return "逾期不补正请记录「视为撤回」";
        }
        if (e.replyType().needsReason() && e.replyReason() == null) {
            return "「" + e.replyType().label() + "」须选择理由";
        }
        if (e.replyReason() != null && e.replyReason().type() != e.replyType()) {
            return "理由「" + e.replyReason().label() + "」不属于「" + e.replyType().label() + "」";
        }
        return null;
    }

    static boolean happened(List<RequestEvent> history, RequestEventType type) {
        return history.stream().anyMatch(e -> e.type() == type);
    }

    static RequestEvent last(List<RequestEvent> history, RequestEventType type) {
        return history.reversed().stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new IllegalTransitionException("没有「" + type.label() + "」记录"));
    }
}
