package cn.zwgk.core.request;

import java.time.Instant;
import java.time.LocalDate;

/** A valid request as a kiosk would upload it; tests change one field at a time. */
final class RequestFixtures {
    static final Instant SUBMITTED_AT = Instant.parse("2026-03-02T02:30:00Z");

    private RequestFixtures() {
    }

    static InfoRequest valid() {
        return new InfoRequest("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", TrackingCode.issue(4711, 1).toString(),
                "kiosk-hall-1", "110199001001", ApplicantType.NATURAL_PERSON, null, "张小三", null,
                IdDocumentType.RESIDENT_ID, "11010519491231002X", "138 0013 1234", null, null,
                "2025年本街道老旧小区改造项目的资金安排文件（文号：京东政发〔2025〕12号）", InformationForm.PAPER, null,
                DeliveryMethod.COLLECT, true, SUBMITTED_AT, "Asia/Shanghai", LocalDate.of(2026, 3, 2), false);
    }

    static InfoRequest organisation() {
        InfoRequest r = valid();
        return new InfoRequest(r.id(), r.trackingCode(), r.kioskId(), r.siteCode(), ApplicantType.ORGANISATION,
                OrganisationKind.LEGAL_SERVICE, "北京某某律师事务所", "李四", IdDocumentType.CREDIT_CODE,
                "91350100M000100Y43", "010-12345678", "office@example.com", null, r.description(),
                InformationForm.ELECTRONIC, null, DeliveryMethod.EMAIL, true, r.submittedAt(), r.zone(),
                r.submittedDate(), false);
    }
}
