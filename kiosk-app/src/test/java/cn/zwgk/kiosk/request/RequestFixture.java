package cn.zwgk.kiosk.request;

import cn.zwgk.core.request.ApplicantType;
import cn.zwgk.core.request.DeliveryMethod;
import cn.zwgk.core.request.IdDocumentType;
import cn.zwgk.core.request.InformationForm;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A resident's complete application, and a clock tests can move. */
public final class RequestFixture {
    public static final String NAME = "张三丰";
    public static final String ID_NUMBER = "11010519491231002X";
    public static final String PHONE = "13812345678";
    public static final String ADDRESS = "北京市城东区东湖街道幸福里小区3号楼2单元501";
    public static final String DESCRIPTION = "2025年东湖社区城乡低保资金发放明细（城东民发〔2025〕8号）";

    private RequestFixture() {
    }

    public static RequestDraft complete() {
        RequestDraft d = new RequestDraft();
        d.applicantType = ApplicantType.NATURAL_PERSON;
        d.name = NAME;
        d.idType = IdDocumentType.RESIDENT_ID;
        d.idNumber = ID_NUMBER;
        d.phone = PHONE;
        d.delivery = DeliveryMethod.POST;
        d.address = ADDRESS;
        d.description = DESCRIPTION;
        d.form = InformationForm.PAPER;
        d.consent = true;
        return d;
    }

    /** A clock that stands still until a test moves it. */
    public static final class MovableClock extends Clock {
        private final ZoneId zone;
        private volatile Instant now;

        public MovableClock(Instant start, ZoneId zone) {
            this.now = start;
            this.zone = zone;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new MovableClock(now, z);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
