package cn.zwgk.server.request;

import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.RequestEvent;
import cn.zwgk.core.request.RequestEventType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One request in full, for the desk: its personal data (reading it was audit-logged), its whole history and
 * what may be done next.
 *
 * @param request                 the application as filed, with personal data (mask it on screen by default,
 *                                {@link cn.zwgk.core.privacy.Deidentification})
 * @param history                 every event, oldest first
 * @param allowed                 the actions the current state allows
 * @param correctionNoticeDeadline the last day to tell the applicant what to correct (7 working days)
 */
public record RequestDetail(RequestSummary summary, InfoRequest request, List<RequestEvent> history,
                            Set<RequestEventType> allowed, cn.zwgk.core.calendar.CountedDate correctionNoticeDeadline) {
}
