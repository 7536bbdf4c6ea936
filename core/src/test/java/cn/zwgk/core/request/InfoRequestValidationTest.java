package cn.zwgk.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.validation.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InfoRequestValidationTest {

    private static java.util.List<String> fields(InfoRequest r) {
        return r.validate().list().stream().map(Violation::field).toList();
    }

    private static String messageOf(InfoRequest r, String field) {
        return r.validate().list().stream().filter(v -> v.field().equals(field)).findFirst().orElseThrow().message();
    }

    @Test
    void aCompleteApplicationByAPersonPasses() {
        assertThat(RequestFixtures.valid().validate().list()).isEmpty();
    }

    @Test
    void aCompleteApplicationByAnOrganisationPasses() {
        assertThat(RequestFixtures.organisation().validate().list()).isEmpty();
    }

    @Test
    void anEmptyFormNamesEveryMissingFieldInChinese() {
        InfoRequest empty = new InfoRequest(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, false, null, null, null, false);
        assertThat(fields(empty)).contains("applicantType", "name", "idType", "phone", "delivery", "description",
                "form", "consent", "id", "trackingCode");
        assertThat(messageOf(empty, "description")).contains("名称、文号");
        assertThat(messageOf(empty, "consent")).contains("确认声明");
    }

    @Nested
    class IdentityDocuments {
        @Test
        void aResidentIdWithAWrongCheckDigitIsRefused() {
            InfoRequest r = RequestFixtures.valid();
            InfoRequest wrong = with(r, "11010519491231002 1".replace(" ", ""));
            assertThat(messageOf(wrong, "idNumber")).contains("校验位不符");
        }

        @Test
        void aResidentIdWithAnImpossibleBirthDateIsRefused() {
            // 1949-02-30 does not exist; check digit computed for it so that only the date is wrong
            String first17 = "11010519490230002";
            String id = first17 + ResidentIdNumber.checkCharacter(first17);
            assertThat(messageOf(with(RequestFixtures.valid(), id), "idNumber")).contains("出生日期");
        }

        @Test
        void knownGoodNumbersPassInEitherCaseOfX() {
            assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
            assertThat(ResidentIdNumber.isValid("440304199001011233")).isTrue();
            assertThat(ResidentIdNumber.isValid("440304199001011234")).isFalse();
            assertThat(ResidentIdNumber.isValid("1101051949123100")).isFalse();
            assertThat(IdDocumentType.RESIDENT_ID.problem("11010519491231002x")).isEmpty();
        }

        @Test
        void creditCodesAreCheckedByGb32100() {
            assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y43")).isTrue();
            assertThat(UnifiedSocialCreditCode.isValid("91110000100000000R")).isTrue();
            assertThat(UnifiedSocialCreditCode.isValid("91350100M000100Y44")).isFalse();
            assertThat(UnifiedSocialCreditCode.problem("91350100M00010OY43")).get().asString().contains("不含 I、O");
        }

        @Test
        void aPersonCannotUseACreditCodeNorAnOrganisationAPassport() {
            InfoRequest r = RequestFixtures.valid();
            InfoRequest person = new InfoRequest(r.id(), r.trackingCode(), r.kioskId(), r.siteCode(), r.applicantType(),
                    null, r.name(), null, IdDocumentType.CREDIT_CODE, "91350100M000100Y43", r.phone(), null, null,
                    r.description(), r.form(), null, r.delivery(), true, r.submittedAt(), r.zone(), r.submittedDate(),
                    false);
            assertThat(messageOf(person, "idType")).contains("统一社会信用代码用于法人");
            InfoRequest o = RequestFixtures.organisation();
            InfoRequest org = new InfoRequest(o.id(), o.trackingCode(), o.kioskId(), o.siteCode(), o.applicantType(),
                    o.organisationKind(), o.name(), o.contactPerson(), IdDocumentType.PASSPORT, "E12345678", o.phone(),
                    o.email(), null, o.description(), o.form(), null, o.delivery(), true, o.submittedAt(), o.zone(),
                    o.submittedDate(), false);
            assertThat(messageOf(org, "idType")).contains("统一社会信用代码");
        }

        @Test
        void anOrganisationNeedsItsKindAndAContactPerson() {
            InfoRequest o = RequestFixtures.organisation();
            InfoRequest org = new InfoRequest(o.id(), o.trackingCode(), o.kioskId(), o.siteCode(), o.applicantType(),
                    null, o.name(), " ", o.idType(), o.idNumber(), o.phone(), o.email(), null, o.description(), o.form(),
                    null, o.delivery(), true, o.submittedAt(), o.zone(), o.submittedDate(), false);
            assertThat(fields(org)).contains("organisationKind", "contactPerson");
        }

        private InfoRequest with(InfoRequest r, String idNumber) {
            return new InfoRequest(r.id(), r.trackingCode(), r.kioskId(), r.siteCode(), r.applicantType(),
                    r.organisationKind(), r.name(), r.contactPerson(), r.idType(), idNumber, r.phone(), r.email(),
                    r.address(), r.description(), r.form(), r.formNote(), r.delivery(), r.consent(), r.submittedAt(),
                    r.zone(), r.submittedDate(), r.clockDoubt());
        }
    }

    @Nested
    class PhonesAndDelivery {
        @Test
        void mobileAndLandlineNumbersAreAcceptedAsResidentsTypeThem() {
            assertThat(PhoneNumber.problem("13800131234")).isEmpty();
            assertThat(PhoneNumber.problem("+86 138-0013-1234")).isEmpty();
            assertThat(PhoneNumber.problem("010-12345678")).isEmpty();
            assertThat(PhoneNumber.problem("0755 1234567")).isEmpty();
            assertThat(PhoneNumber.problem("010-12345678-123")).isEmpty();
            assertThat(PhoneNumber.problem("12800131234")).get().asString().contains("13 至 19");
            assertThat(PhoneNumber.problem("1380013123")).get().asString().contains("11 位");
            assertThat(PhoneNumber.problem("87654321")).get().asString().contains("区号");
            assertThat(PhoneNumber.lastFour("138 0013 1234")).isEqualTo("1234");
            assertThat(PhoneNumber.lastFour("010-12345678-123")).isEqualTo("5678");
        }

        @Test
        void postNeedsAnAddressAndEmailNeedsAValidAddress() {
            InfoRequest r = RequestFixtures.valid();
            InfoRequest post = delivery(r, DeliveryMethod.POST, null, null);
            assertThat(messageOf(post, "address")).contains("邮寄地址").contains("不能为空");
            InfoRequest mail = delivery(r, DeliveryMethod.EMAIL, "not-an-email", null);
            assertThat(messageOf(mail, "email")).contains("格式不正确");
            InfoRequest noMail = delivery(r, DeliveryMethod.EMAIL, null, null);
            assertThat(messageOf(noMail, "email")).contains("必须填写电子邮箱");
            assertThat(delivery(r, DeliveryMethod.POST, null, "北京市东城区某某街道1号").validate().list()).isEmpty();
        }

        private InfoRequest delivery(InfoRequest r, DeliveryMethod how, String email, String address) {
            return new InfoRequest(r.id(), r.trackingCode(), r.kioskId(), r.siteCode(), r.applicantType(),
                    r.organisationKind(), r.name(), r.contactPerson(), r.idType(), r.idNumber(), r.phone(), email,
                    address, r.description(), r.form(), r.formNote(), how, r.consent(), r.submittedAt(), r.zone(),
                    r.submittedDate(), r.clockDoubt());
        }
    }

    @Test
    void theSubmissionDateMustBeTheKioskClockInItsZone() {
        InfoRequest r = RequestFixtures.valid();
        InfoRequest wrongDay = new InfoRequest(r.id(), r.trackingCode(), r.kioskId(), r.siteCode(), r.applicantType(),
                null, r.name(), null, r.idType(), r.idNumber(), r.phone(), null, null, r.description(), r.form(), null,
                r.delivery(), true, r.submittedAt(), r.zone(), LocalDate.of(2026, 3, 1), false);
        assertThat(messageOf(wrongDay, "submittedDate")).contains("不一致");
    }

    @Test
    void aBadTrackingCodeIsRefused() {
        InfoRequest r = RequestFixtures.valid();
        InfoRequest bad = new InfoRequest(r.id(), "ABC-DEF-GHJK", r.kioskId(), r.siteCode(), r.applicantType(), null,
                r.name(), null, r.idType(), r.idNumber(), r.phone(), null, null, r.description(), r.form(), null,
                r.delivery(), true, r.submittedAt(), r.zone(), r.submittedDate(), false);
        assertThat(fields(bad)).containsExactly("trackingCode");
    }
}
