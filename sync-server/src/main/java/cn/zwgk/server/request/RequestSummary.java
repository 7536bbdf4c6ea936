package cn.zwgk.server.request;

import cn.zwgk.core.request.ApplicantType;
import cn.zwgk.core.request.DeliveryMethod;
import cn.zwgk.core.request.OrganisationKind;
import cn.zwgk.core.request.ReplyReason;
import cn.zwgk.core.request.ReplyType;
import cn.zwgk.core.request.RequestState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A request as the desk's list shows it: no personal data (reading that is {@link RequestDesk#detail}, audited).
 *
 * @param trackingCode the code as printed on the receipt ({@code 3KQ-7M9-PX2A})
 * @param department   the department handling it, set at registration; null before
 * @param dueDate      the derived reply deadline; null while the clock is stopped or once concluded
 * @param dueProvisional the deadline was counted over a year without an official calendar (暂定)
 * @param clockDoubt   the kiosk's clock was doubtful when it was filed: check the receipt date
 * @param version      bumped on every event (optimistic lock of the desk's actions)
 */
public record RequestSummary(String id, String trackingCode, String kioskId, String siteCode,
                             ApplicantType applicantType, OrganisationKind organisationKind, DeliveryMethod delivery,
                             String department, LocalDate receivedDate, Instant submittedAt, boolean clockDoubt,
                             RequestState state, LocalDate dueDate, boolean dueProvisional, ReplyType replyType, ReplyReason replyReason,
                             LocalDate concludedOn, long version) {

    /** The due date as staff read it, {@code 2027-01-15（暂定）} when provisional; empty when there is none. */
    public String dueText() {
        return dueDate == null ? "" : dueDate + (dueProvisional ? "（暂定）" : "");
    }
}
