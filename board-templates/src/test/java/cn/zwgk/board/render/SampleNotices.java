package cn.zwgk.board.render;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.PublicityPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic notice per built-in template, as community staff would fill them in. */
final class SampleNotices {
    static final LocalDate START = LocalDate.of(2026, 11, 2);
    static final String ISSUER = "东湖社区居民委员会";

    private SampleNotices() {
    }

    static Notice of(String templateId, String category, String title, String body, Map<String, String> fields,
            LocalDate end, String objection) {
        return new Notice(UUID.nameUUIDFromBytes((templateId + title).getBytes()).toString(), "110199001001", templateId,
                category, title, body, fields, new PublicityPeriod(START, end), objection, ISSUER, NoticeStatus.PUBLISHED,
                NoticeOrigin.KIOSK, "dongh.staff", 1, Instant.parse("2026-11-01T08:00:00Z"), List.of(), 1, false, false);
    }

    static Map<String, String> fields(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<Notice> all() {
        String objection = "东湖社区居委会 电话 010-65111001（工作日 8:30—17:30）";
        return List.of(
                of("notice", "通知", "关于开展冬季消防安全检查的通知",
                        "为切实做好冬季火灾防控工作，社区定于11月5日至11月20日开展消防安全入户检查。\n请居民予以支持和配合。",
                        fields("time", "2026年11月5日至11月20日", "contact", "社区居委会 010-65111001"), START.plusDays(18), null),
                of("publicity", "公示", "关于社区公益性岗位拟聘用人员的公示",
                        "经居民推荐、社区审核，现将拟聘用人员予以公示。",
                        fields("subject", "社区公益性岗位拟聘用人员", "details", "王*华，社区保洁员\n李*强，治安巡逻员"), START.plusDays(6), objection),
                of("subsistence-list", "低保/特困名单", "关于2026年11月新增城乡最低生活保障对象的公示",
                        "经本人申请、入户调查、街道办事处审核，现将拟纳入城乡最低生活保障的家庭名单予以公示。",
                        fields("households", "张三明，3人，2340元/月\n李四，1人，780元/月\n欧阳小明，2人，1560元/月"), START.plusDays(6), objection),
                of("elderly-subsidy", "养老服务补贴", "关于2026年11月高龄老年人津贴发放名单的公示",
                        "经本人申请、社区初审、街道审核，现将本月高龄老年人津贴发放名单予以公示。",
                        fields("recipients", "赵大海，92岁，高龄津贴500元/月\n钱小兰，85岁，高龄津贴100元/月"), START.plusDays(6), objection),
                of("finance", "财务收支", "东湖社区2026年10月财务收支情况公开",
                        "现将本社区2026年10月财务收支情况公开如下，收支明细附后。",
                        fields("income", "上级拨付办公经费：12,000.00元\n社区惠民资金：8,500.50元",
                                "expense", "办公用品购置：1,234.50元\n居民文体活动：3,000元\n水电费：866元"), START.plusDays(29), objection),
                of("service-guide", "办事指南", "居住证申领办事指南", "为方便辖区居民办理居住证，现将办理材料、流程和地点公布如下。",
                        fields("materials", "居民身份证\n居住地住址证明\n近期免冠照片", "steps", "提交材料\n工作人员核对\n审核通过后10个工作日内领证",
                                "place", "东湖社区党群服务中心一层服务大厅", "hours", "周一至周五 8:30—17:30"), null, null),
                of("event", "活动通知", "关于举办重阳节敬老文艺汇演活动的通知", "欢迎辖区居民踊跃参加。",
                        fields("time", "2026年11月10日 9:00—11:00", "place", "东湖社区文化广场", "signup", "无需报名"), START.plusDays(9), null),
                of("disability-subsidy", "残疾人两项补贴", "关于2026年11月残疾人两项补贴发放名单的公示", "现将拟发放名单予以公示。",
                        fields("recipients", "孙*平，重度残疾人护理补贴200元/月\n周*，困难残疾人生活补贴100元/月"), START.plusDays(6), objection),
                of("housing", "保障性住房", "关于2026年第3批公共租赁住房申请家庭资格审核结果的公示", "现将审核结果予以公示。",
                        fields("households", "吴*芳，3人，申请公共租赁住房\n郑*国，2人，申请公共租赁住房"), START.plusDays(14), objection),
                of("school-enrolment", "义务教育入学", "关于做好2027年义务教育阶段适龄儿童入学信息采集工作的通知",
                        "请适龄儿童家长按时填报入学信息。", fields("schedule", "2026年11月2日至11月30日登录入学服务平台填报",
                                "materials", "户口簿、出生医学证明、监护人居民身份证"), START.plusDays(28), null));
    }

    /** A 低保 list of {@code households} rows: long enough to need several screen and print pages. */
    static Notice longList(int households) {
        List<String> rows = new ArrayList<>();
        String surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
        for (int i = 0; i < households; i++) {
            rows.add(surnames.charAt(i % surnames.length()) + "建" + "国华明".charAt(i % 3) + "，" + (1 + i % 4) + "人，" + (780 * (1 + i % 4)) + "元/月");
        }
        return of("subsistence-list", "低保/特困名单", "关于2026年第四季度城乡低保审批结果的公示",
                "经本人申请、入户调查、街道办事处审核，现将拟纳入城乡最低生活保障的家庭名单予以公示。",
                fields("households", String.join("\n", rows)), START.plusDays(6), "东湖社区居委会 电话 010-65111001");
    }
}
