package cn.zwgk.core.request;

import java.time.LocalDate;
import java.util.List;

/**
 * What the annual report needs of one request: no personal data, just who applied, when it was received and
 * how and when it was concluded (null while open).
 */
public record ReportedRequest(ApplicantType applicantType, OrganisationKind organisationKind, LocalDate received,
                              LocalDate concludedOn, ReplyType replyType, ReplyReason replyReason) {

    /** From the request's events: concluded by its reply, or by being deemed withdrawn (其他处理, 逾期不补正). */
    public static ReportedRequest of(ApplicantType type, OrganisationKind kind, LocalDate received,
            List<RequestEvent> events) {
        for (RequestEvent e : events) {
            if (e.type() == RequestEventType.REPLIED) {
                return new ReportedRequest(type, kind, received, e.on(), e.replyType(), e.replyReason());
            }
            if (e.type() == RequestEventType.FEE_LAPSED) {
                return new ReportedRequest(type, kind, received, e.on(), ReplyType.OTHER, ReplyReason.OVERDUE_FEE);
            }
            if (e.type() == RequestEventType.DEEMED_WITHDRAWN) {
                return new ReportedRequest(type, kind, received, e.on(), ReplyType.OTHER,
                        ReplyReason.OVERDUE_CORRECTION);
            }
        }
        return new ReportedRequest(type, kind, received, null, null, null);
    }
}
