package cn.zwgk.core.request;

import cn.zwgk.core.validation.Violations;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An application for disclosure as filed at a kiosk (Art. 29): the {@code INFO_REQUEST} upload payload. Holds
 * personal data (name, ID number, phone, address, e-mail): encrypted at rest, masked on screen, never logged.
 *
 * @param id               the UUID the kiosk gave it (idempotency key of the upload)
 * @param trackingCode     the receipt's {@link TrackingCode}, as printed ({@code 3KQ-7M9-PX2A})
 * @param kioskId          the kiosk it was filed at
 * @param siteCode         that kiosk's site
 * @param applicantType    natural person or organisation
 * @param organisationKind for organisations: the report column it counts in; null for natural persons
 * @param name             the applicant's name, or the organisation's name
 * @param contactPerson    for organisations: who to contact; null for natural persons
 * @param idType           the identity document
 * @param idNumber         its number
 * @param phone            a mainland mobile or landline number with area code
 * @param email            required when delivery is by e-mail
 * @param address          required when delivery is by post
 * @param description      the information wanted: its title, document number (文号) or identifying features
 * @param form             the form wanted
 * @param formNote         what "other" form, when {@code form} is {@code OTHER}
 * @param delivery         how to obtain it
 * @param consent          the applicant confirmed the declaration (truthful, personal data used for this request)
 * @param submittedAt      the kiosk's clock when submitted
 * @param zone             the kiosk's time zone, e.g. {@code Asia/Shanghai}
 * @param submittedDate    {@code submittedAt} in {@code zone}: the legal receipt date of an in-person application
 * @param clockDoubt       the kiosk's clock was off by more than the threshold: the desk checks the receipt date
 */
public record InfoRequest(String id, String trackingCode, String kioskId, String siteCode,
                          ApplicantType applicantType, OrganisationKind organisationKind, String name,
                          String contactPerson, IdDocumentType idType, String idNumber, String phone, String email,
                          String address, String description, InformationForm form, String formNote,
                          DeliveryMethod delivery, boolean consent, Instant submittedAt, String zone,
                          LocalDate submittedDate, boolean clockDoubt) {

    private static final String EMAIL = "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}";

    /** Every problem, per field, in Chinese; fields a resident fills in come first, in form order. */
    public Violations validate() {
        Violations v = new Violations();
        applicant(v);
        v.require("name", applicantType == ApplicantType.ORGANISATION ? "单位名称" : "姓名", name)
                .maxLength("name", "姓名", name, 100);
        if (idType == null) {
            v.add("idType", "证件类型", "请选择证件类型");
        } else {
            idDocument(v);
        }
        PhoneNumber.problem(phone).ifPresent(p -> v.add("phone", "联系电话", p));
        if (delivery == null) {
            v.add("delivery", "获取信息的方式", "请选择获取方式");
        } else if (delivery == DeliveryMethod.POST) {
            v.require("address", "邮寄地址", address).maxLength("address", "邮寄地址", address, 200);
        } else if (delivery == DeliveryMethod.EMAIL) {
            if (email == null || email.isBlank()) {
                v.add("email", "电子邮箱", "选择电子邮件方式时必须填写电子邮箱");
            } else {
                v.matches("email", "电子邮箱", email.strip(), EMAIL, "电子邮箱格式不正确，例如 name@example.com")
                        .maxLength("email", "电子邮箱", email, 100);
            }
        }
        if (description == null || description.isBlank()) {
            v.add("description", "所需信息的内容描述", "请写明所需信息的名称、文号或者能够识别的其他特征");
        } else {
            v.maxLength("description", "所需信息的内容描述", description, 2000);
        }
        v.requireValue("form", "信息的载体形式", form);
        if (form == InformationForm.OTHER) {
            v.require("formNote", "其他载体形式", formNote).maxLength("formNote", "其他载体形式", formNote, 100);
        }
        if (!consent) {
            v.add("consent", "申请人声明", "请阅读并确认声明后再提交");
        }
        origin(v);
        return v;
    }

    private void applicant(Violations v) {
        if (applicantType == null) {
            v.add("applicantType", "申请人类型", "请选择自然人或法人或其他组织");
        } else if (applicantType == ApplicantType.ORGANISATION) {
            v.requireValue("organisationKind", "组织类型", organisationKind);
            v.require("contactPerson", "联系人", contactPerson).maxLength("contactPerson", "联系人", contactPerson, 50);
        } else if (organisationKind != null) {
            v.add("organisationKind", "组织类型", "自然人申请不选择组织类型");
        }
    }

    private void idDocument(Violations v) {
        if (applicantType == ApplicantType.NATURAL_PERSON && idType.forOrganisation()) {
            v.add("idType", "证件类型", "自然人请选择身份证件，统一社会信用代码用于法人或其他组织");
        } else if (applicantType == ApplicantType.ORGANISATION && !idType.forOrganisation()
                && idType != IdDocumentType.OTHER) {
            v.add("idType", "证件类型", "法人或其他组织请填写统一社会信用代码");
        }
        idType.problem(idNumber).ifPresent(p -> v.add("idNumber", "证件号码", p));
    }

    private void origin(Violations v) {
        v.requireUuid("id", "申请编号", id);
        if (trackingCode == null || TrackingCode.parse(trackingCode).isEmpty()) {
            v.add("trackingCode", "查询码", "不是有效的查询码");
        }
        v.require("kioskId", "终端", kioskId).require("siteCode", "站点", siteCode);
        v.requireValue("submittedAt", "提交时间", submittedAt).requireValue("submittedDate", "提交日期", submittedDate);
        try {
            if (zone == null || submittedAt == null || submittedDate == null
                    || !submittedAt.atZone(ZoneId.of(zone)).toLocalDate().equals(submittedDate)) {
                v.add("submittedDate", "提交日期", "与提交时间和时区不一致");
            }
        } catch (DateTimeException e) {
            v.add("zone", "时区", "不是有效的时区：" + zone);
        }
    }

    /** The tracking code in its canonical form, or null when it does not parse. */
    public TrackingCode code() {
        return trackingCode == null ? null : TrackingCode.parse(trackingCode).orElse(null);
    }
}
