package cn.zwgk.core.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.sync.SyncJson;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RequestStatusTest {
    private static final TrackingCode CODE = TrackingCode.issue(4711, 1);

    private static RequestStatus status(String phone) {
        return new RequestStatus("6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", CODE.compact(),
                RequestStatus.phoneCheck(CODE, phone), RequestState.REPLIED, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 30), false, ReplyType.DISCLOSED, null,
                RequestStatus.howToCollect(RequestState.REPLIED, ReplyType.DISCLOSED, DeliveryMethod.COLLECT), 3);
    }

    @Test
    void theLastFourDigitsOfThePhoneOpenTheStatusAndNothingElseDoes() {
        RequestStatus s = status("138 0013 1234");
        assertThat(s.phoneMatches("1234")).isTrue();
        assertThat(s.phoneMatches("1235")).isFalse();
        assertThat(s.phoneMatches("")).isFalse();
        assertThat(s.phoneMatches("12345")).isFalse();
        assertThat(s.phoneMatches(null)).isFalse();
    }

    @Test
    void theCheckRevealsNeitherThePhoneNorItsDigitsAndDependsOnTheCode() {
        RequestStatus s = status("13800131234");
        String json = SyncJson.write(s);
        assertThat(json).doesNotContain("1234").doesNotContain("13800131234");
        assertThat(s.phoneCheck()).startsWith("pbkdf2-sha256$20000$");
        // the same digits under another code give another check: no table of 10,000 checks serves all codes
        assertThat(RequestStatus.phoneCheck(TrackingCode.issue(4711, 2), "13800131234")).isNotEqualTo(s.phoneCheck());
        assertThat(SyncJson.read(json, RequestStatus.class)).isEqualTo(s);
    }

    @Test
    void howToCollectSpeaksPlainly() {
        assertThat(status("13800131234").howToCollect()).contains("予以公开").contains("领取");
        assertThat(RequestStatus.howToCollect(RequestState.AWAITING_CORRECTION, null, DeliveryMethod.POST))
                .contains("补正");
    }

    @Test
    void aStatusWrittenBeforeProvisionalDatesExistedReadsAsOfficialAndTheFlagTravels() {
        RequestStatus s = status("13800131234");
        String old = SyncJson.write(s).replace(",\"dueProvisional\":false", "");
        assertThat(old).doesNotContain("dueProvisional");
        assertThat(SyncJson.read(old, RequestStatus.class).dueProvisional()).isFalse();
        RequestStatus provisional = new RequestStatus(s.id(), s.trackingCode(), s.phoneCheck(), RequestState.REGISTERED,
                s.receivedDate(), LocalDate.of(2027, 1, 19), true, null, null, "办理中", 2);
        assertThat(SyncJson.read(SyncJson.write(provisional), RequestStatus.class).dueProvisional()).isTrue();
    }
}
