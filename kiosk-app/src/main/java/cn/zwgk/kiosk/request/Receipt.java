package cn.zwgk.kiosk.request;

import cn.zwgk.core.calendar.CountedDate;
import cn.zwgk.core.request.ApplicantType;
import cn.zwgk.core.request.DeliveryMethod;
import cn.zwgk.core.request.IdDocumentType;
import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.InformationForm;
import cn.zwgk.core.privacy.Deidentification;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the receipt shows: the code, the legal receipt date and the applicant's data already masked, so
 * nothing readable in full stays in the session once the form is gone.
 *
 * @param dueDate        the reply's due date by the kiosk's calendars
 * @param dueProvisional counted over a year whose official calendar the kiosk has not received (暂定)
 */
public record Receipt(String trackingCode, LocalDate receivedOn, boolean clockDoubt, LocalDate dueDate, boolean dueProvisional,
        ApplicantType applicantType, String applicant, IdDocumentType idType, String idNumber, String phone,
        DeliveryMethod delivery, String deliverTo, String description, InformationForm form) implements Serializable {

    static final int DESCRIPTION_SHOWN = 200;

    static Receipt of(InfoRequest r, CountedDate due) {
        String deliverTo = switch (r.delivery()) {
            case POST -> Deidentification.address(r.address());
            case EMAIL -> Deidentification.email(r.email());
            case COLLECT -> "";
        };
        String description = r.description().length() > DESCRIPTION_SHOWN
                ? r.description().substring(0, DESCRIPTION_SHOWN) + "……" : r.description();
        return new Receipt(r.trackingCode(), r.submittedDate(), r.clockDoubt(), due.date(), due.provisional(), r.applicantType(),
                Deidentification.name(r.name()), r.idType(), Deidentification.idNumber(r.idNumber()),
                Deidentification.phone(r.phone()), r.delivery(), deliverTo, description, r.form());
    }
}
