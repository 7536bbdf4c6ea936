package cn.zwgk.core.demo;

import cn.zwgk.core.request.ApplicantType;
import cn.zwgk.core.request.DeliveryMethod;
import cn.zwgk.core.request.IdDocumentType;
import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.request.InformationForm;
import cn.zwgk.core.request.OrganisationKind;
import cn.zwgk.core.request.ResidentIdNumber;
import cn.zwgk.core.request.TrackingCode;
import cn.zwgk.core.request.UnifiedSocialCreditCode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;

/**
 * Realistic, valid information requests (fictional people, checksummed ID numbers and credit codes), deterministic
 * for a kiosk and sequence: for tests, the demo and benchmarks. Four in five are by natural persons.
 */
public final class DemoRequests {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "欧阳"};
    private static final String[] GIVEN = {"伟", "芳", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛"};
    private static final String[] WANTED = {
        "2025年本社区最低生活保障资金发放明细", "本街道老旧小区改造项目的资金安排文件", "东湖路拓宽工程的征地补偿安置方案",
        "2025年区级财政预算执行情况报告", "文昌里社区养老服务驿站的运营补贴标准", "2024年度义务教育阶段学校划片范围",
        "望湖小区加装电梯的补贴政策文件（文号：区住建发〔2025〕8号）", "新桥社区危房改造补助对象名单及补助标准"};
    private static final String[] ORGANISATIONS = {"北京某某科技有限公司", "某某环境研究院", "某某公益基金会", "某某律师事务所", "某某业主委员会"};

    private DemoRequests() {
    }

    /** The {@code sequence}-th request of {@code kioskId} at {@code siteCode}, submitted at {@code at}. */
    public static InfoRequest sample(String kioskId, String siteCode, long sequence, Instant at) {
        Random r = new Random(kioskId.hashCode() * 31L + sequence);
        String id = UUID.nameUUIDFromBytes((kioskId + "/" + sequence).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
        String code = TrackingCode.issue(TrackingCode.kioskNumberFor(kioskId), sequence).toString();
        String phone = "13" + (8 + r.nextInt(2)) + String.format("%08d", r.nextInt(100_000_000));
        String wanted = WANTED[r.nextInt(WANTED.length)];
        if (r.nextInt(5) > 0) {
            String name = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
            boolean post = r.nextInt(3) == 0;
            return new InfoRequest(id, code, kioskId, siteCode, ApplicantType.NATURAL_PERSON, null, name, null,
                    IdDocumentType.RESIDENT_ID, residentId(r), phone, null, post ? "城东区东湖街道东湖路" + (1 + r.nextInt(200)) + "号" : null,
                    wanted, InformationForm.PAPER, null, post ? DeliveryMethod.POST : DeliveryMethod.COLLECT, true, at,
                    ZONE.getId(), at.atZone(ZONE).toLocalDate(), false);
        }
        int o = r.nextInt(ORGANISATIONS.length);
        OrganisationKind kind = OrganisationKind.values()[o];
        return new InfoRequest(id, code, kioskId, siteCode, ApplicantType.ORGANISATION, kind, ORGANISATIONS[o],
                SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)], IdDocumentType.CREDIT_CODE,
                creditCode(r), phone, "office" + sequence + "@example.com", null, wanted, InformationForm.ELECTRONIC,
                null, DeliveryMethod.EMAIL, true, at, ZONE.getId(), at.atZone(ZONE).toLocalDate(), false);
    }

    private static String residentId(Random r) {
        String first17 = "110105" + (1940 + r.nextInt(60)) + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28))
                + String.format("%03d", r.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    private static String creditCode(Random r) {
        StringBuilder s = new StringBuilder("911101");
        for (int i = 0; i < 11; i++) {
            s.append(UnifiedSocialCreditCode.ALPHABET.charAt(r.nextInt(10 + (i > 2 ? 21 : 0))));
        }
        return s.append(UnifiedSocialCreditCode.checkCharacter(s.toString())).toString();
    }
}
