package cn.zwgk.kiosk.request;

import cn.zwgk.core.request.ApplicantType;
import cn.zwgk.core.request.DeliveryMethod;
import cn.zwgk.core.request.IdDocumentType;
import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.InformationForm;
import cn.zwgk.core.request.OrganisationKind;
import com.vaadin.flow.server.VaadinSession;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What the resident has typed so far, kept in their Vaadin session so that nothing is lost on a validation
 * error, on 上一步, or on a visit to 办理须知; the idle reset ends the session and the draft with it.
 * Mutable on purpose (a form's bean); {@link #toRequest} turns it into the immutable core record.
 */
public final class RequestDraft implements Serializable {
    ApplicantType applicantType;
    OrganisationKind organisationKind;
    String name;
    String contactPerson;
    IdDocumentType idType;
    String idNumber;
    String phone;
    DeliveryMethod delivery;
    String address;
    String email;
    String description;
    InformationForm form;
    String formNote;
    boolean consent;
    /** The step the resident is on, so 办理须知 → 返回 comes back to it. */
    RequestStep step = RequestStep.TYPE;

    /** The session's draft, created empty on first use. */
    public static RequestDraft of(VaadinSession session) {
        RequestDraft draft = session.getAttribute(RequestDraft.class);
        if (draft == null) {
            draft = new RequestDraft();
            session.setAttribute(RequestDraft.class, draft);
        }
        return draft;
    }

    /** Forgets the draft (after submission: the receipt is all that stays on screen). */
    public static void clear(VaadinSession session) {
        session.setAttribute(RequestDraft.class, null);
    }

    /** Choosing the applicant type drops what only fits the other type, and a document type that no longer fits. */
    void chooseApplicantType(ApplicantType type) {
        if (type == applicantType) {
            return;
        }
        applicantType = type;
        if (type == ApplicantType.NATURAL_PERSON) {
            organisationKind = null;
            contactPerson = null;
            if (idType == IdDocumentType.CREDIT_CODE) {
                idType = null;
            }
        } else if (idType != null && idType != IdDocumentType.CREDIT_CODE && idType != IdDocumentType.OTHER) {
            idType = null;
        }
    }

    /** The core record with the given origin; text fields stripped, blanks as null. */
    InfoRequest toRequest(String id, String trackingCode, String kioskId, String siteCode, Instant at, ZoneId zone,
            boolean clockDoubt) {
        return new InfoRequest(id, trackingCode, kioskId, siteCode, applicantType,
                applicantType == ApplicantType.ORGANISATION ? organisationKind : null, clean(name),
                applicantType == ApplicantType.ORGANISATION ? clean(contactPerson) : null, idType,
                idNumber == null ? null : clean(idNumber).toUpperCase(java.util.Locale.ROOT), clean(phone),
                delivery == DeliveryMethod.EMAIL ? clean(email) : null,
                delivery == DeliveryMethod.POST ? clean(address) : null, clean(description), form,
                form == InformationForm.OTHER ? clean(formNote) : null, delivery, consent, at, zone.getId(),
                at.atZone(zone).toLocalDate(), clockDoubt);
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
