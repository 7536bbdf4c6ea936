package cn.zwgk.core.request;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a request's history, never changed once written.
 *
 * @param type       what happened
 * @param at         when it was recorded
 * @param actor      who recorded it (staff username, or {@code kiosk:<id>} for the submission)
 * @param on         the legal date it happened (the day received, the day the corrected application arrived,
 *                   the day a consultation letter went out or its answer came in); deadlines count from it
 * @param replyType  for {@code REPLIED}
 * @param replyReason for {@code REPLIED} with a type that needs a reason
 * @param approver   for {@code EXTENDED}: the head of the disclosure office who approved it
 * @param deadline   for {@code CORRECTION_REQUESTED}: the date by which the applicant must correct
 * @param documentSha256 for {@code REPLIED}: the reply document in the attachment store
 * @param note       free text (what to correct, which third party, remarks)
 * @param feeYuan    for {@code FEE_NOTIFIED}: the fee in yuan, by {@link FeeSchedule}
 */
public record RequestEvent(RequestEventType type, Instant at, String actor, LocalDate on, ReplyType replyType,
                           ReplyReason replyReason, String approver, LocalDate deadline, String documentSha256,
                           String note, Integer feeYuan) {

    public RequestEvent(RequestEventType type, Instant at, String actor, LocalDate on, ReplyType replyType,
            ReplyReason replyReason, String approver, LocalDate deadline, String documentSha256, String note) {
        this(type, at, actor, on, replyType, replyReason, approver, deadline, documentSha256, note, null);
    }

    /** 收费通知: the fee and the day by which it must be paid (20 working days after the notice). */
    public static RequestEvent feeNotified(Instant at, String actor, LocalDate on, int feeYuan, LocalDate payBy,
            String basis) {
        return new RequestEvent(RequestEventType.FEE_NOTIFIED, at, actor, on, null, null, null, payBy, null, basis,
                feeYuan);
    }

    /** An event without reply, approver, deadline or document. */
    public static RequestEvent of(RequestEventType type, Instant at, String actor, LocalDate on, String note) {
        return new RequestEvent(type, at, actor, on, null, null, null, null, null, note);
    }

    public static RequestEvent correctionRequested(Instant at, String actor, LocalDate on, LocalDate deadline,
            String whatToCorrect) {
        return new RequestEvent(RequestEventType.CORRECTION_REQUESTED, at, actor, on, null, null, null, deadline, null,
                whatToCorrect);
    }

    public static RequestEvent extended(Instant at, String actor, LocalDate on, String approver, String note) {
        return new RequestEvent(RequestEventType.EXTENDED, at, actor, on, null, null, approver, null, null, note);
    }

    public static RequestEvent replied(Instant at, String actor, LocalDate on, ReplyType type, ReplyReason reason,
            String documentSha256, String note) {
        return new RequestEvent(RequestEventType.REPLIED, at, actor, on, type, reason, null, null, documentSha256, note);
    }
}
