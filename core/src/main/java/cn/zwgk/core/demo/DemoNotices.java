package cn.zwgk.core.demo;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.core.site.Site;
import cn.zwgk.core.site.SiteLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The demo sites (one fictional district) and their residents'-affairs notices (DOMAIN.md §5). */
final class DemoNotices {
    static final List<Site> SITES = List.of(
            new Site("110199", "城东区", SiteLevel.DISTRICT, null),
            new Site("110199001", "东湖街道", SiteLevel.STREET, "110199"),
            new Site("110199002", "文昌街道", SiteLevel.STREET, "110199"),
            new Site("110199001001", "东湖社区", SiteLevel.COMMUNITY, "110199001"),
            new Site("110199001002", "望湖社区", SiteLevel.COMMUNITY, "110199001"),
            new Site("110199002001", "文昌里社区", SiteLevel.COMMUNITY, "110199002"),
            new Site("110199002002", "新桥社区", SiteLevel.COMMUNITY, "110199002"));

    /** Office phone prefixes by site; the last four digits are masked in the demo data. */
    private static final Map<String, String> PHONES = Map.of("110199", "010-6500", "110199001", "010-6510",
            "110199002", "010-6520", "110199001001", "010-6511", "110199001002", "010-6512",
            "110199002001", "010-6521", "110199002002", "010-6522");

    /** A board template with the category it publishes and its weights for community, street, district. */
    private record Template(String id, String category, int community, int street, int district) {
        int weight(SiteLevel level) {
            return switch (level) {
                case COMMUNITY -> community;
                case STREET -> street;
                case DISTRICT -> district;
            };
        }
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("notice", "通知", 14, 14, 14),
            new Template("publicity", "公示", 10, 10, 8),
            new Template("subsistence-list", "低保/特困名单", 10, 10, 6),
            new Template("elderly-subsidy", "养老服务补贴", 9, 6, 0),
            new Template("finance", "财务收支", 10, 0, 0),
            new Template("service-guide", "办事指南", 10, 12, 12),
            new Template("event", "活动通知", 14, 8, 0),
            new Template("disability-subsidy", "残疾人两项补贴", 6, 6, 0),
            new Template("housing", "保障性住房", 5, 8, 10),
            new Template("school-enrolment", "义务教育入学", 5, 0, 10));

    /** What a template builder produces; {@code end} null means open-ended. */
    private record Draft(String title, String body, Map<String, String> fields, LocalDate end, boolean objection) {
    }

    /** Notices start in a 92-day window with "today" 53 days in: some over, many in their 公示期, some to come. */
    private static final int STARTS_BEFORE_TODAY = 53;
    /** Service guides (open-ended) start in a 184-day window ending 39 days after "today". */
    private static final int GUIDES_BEFORE_TODAY = 145;
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎常武乔贺赖龚文";
    private static final String GIVEN = "明华强军平芳英兰秀玉珍丽敏静伟刚勇杰涛斌超波辉鹏飞霞红云凤梅琴桂荣林国庆福贵德海宁建志";
    private static final List<String> NOTICES = DemoVocabulary.split(
            "开展冬季消防安全检查|切实做好冬季火灾防控工作，保障居民生命财产安全;"
                    + "做好城乡居民基本医疗保险集中参保缴费工作|确保辖区居民按时参保缴费，按规定享受医疗保障待遇;"
                    + "开展冬季供暖设施入户检查|保障供暖季居民正常用暖;"
                    + "清洗二次供水设施|保障居民饮用水卫生安全;"
                    + "开展电动自行车违规停放充电专项整治|消除电动自行车火灾隐患;"
                    + "开展流感疫苗免费接种|做好秋冬季呼吸道传染病防控工作;"
                    + "征集老旧小区综合整治意见|充分听取居民意见，做好老旧小区综合整治工作;"
                    + "开展高龄独居老人入户探访|及时了解高龄独居老人生活状况，做好关爱服务;"
                    + "做好冬季道路除冰扫雪|保障冬季居民出行安全;"
                    + "开展燃气安全入户检查|排查燃气使用安全隐患，预防燃气事故");
    private static final List<String> EVENTS = DemoVocabulary.split("重阳节敬老文艺汇演;“我们的节日·冬至”包饺子;"
            + "社区义诊进楼门;反诈宣传进社区;亲子阅读分享会;冬季消防安全应急演练;老年人智能手机使用培训;社区跳蚤市场;"
            + "“邻里节”文艺汇演;冬季慢性病防治健康讲座;垃圾分类积分兑换;青少年书法公益课堂");
    private static final List<String> EVENT_TIMES = DemoVocabulary.split("9:00—11:00;9:30—11:30;14:00—16:00;14:30—16:30;19:00—20:30");
    private static final List<String> EVENT_PLACES = DemoVocabulary.split("党群服务中心多功能厅;文化广场;综合文化室;党群服务中心二层活动室");
    /** Service guides: name | materials. */
    private static final List<String> SERVICES = DemoVocabulary.split(
            "居住证申领|居民身份证、居住地住址证明（房屋租赁合同或单位出具的住宿证明）、近期免冠照片;"
                    + "高龄津贴申领|老年人居民身份证、户口簿、本人社会保障卡;"
                    + "城乡居民基本医疗保险参保登记|居民身份证或户口簿、社会保障卡;"
                    + "老年人优待证办理|老年人居民身份证、近期免冠照片;"
                    + "残疾人证申领|居民身份证、户口簿、近期免冠照片;"
                    + "城乡最低生活保障申请|申请书、家庭成员居民身份证和户口簿、家庭收入和财产状况说明、授权核查家庭经济状况的书面声明;"
                    + "临时救助申请|申请书、居民身份证、遭遇困难情况的相关证明材料;"
                    + "生育登记|夫妻双方居民身份证、结婚证;"
                    + "就业困难人员认定|居民身份证、户口簿、就业创业证;"
                    + "灵活就业人员参保缴费|居民身份证、社会保障卡;"
                    + "独生子女父母奖励申领|夫妻双方居民身份证、户口簿、独生子女父母光荣证");
    private static final List<String> INCOME = DemoVocabulary.split(
            "上级拨付办公经费;社区公益事业专项补助资金;党组织服务群众经费;社区惠民资金;上期结转资金");
    private static final List<String> EXPENSE = DemoVocabulary.split(
            "办公用品购置;社区活动场地维护;居民文体活动;环境整治;困难群众慰问;水电费;志愿服务保障;消防器材更新");

    private final DemoRandom rnd;
    private final LocalDate firstStart;
    private final LocalDate firstGuide;

    /** @param today the day the demo or test runs on: publicity periods are placed around it */
    DemoNotices(DemoRandom rnd, LocalDate today) {
        this.rnd = rnd;
        this.firstStart = today.minusDays(STARTS_BEFORE_TODAY);
        this.firstGuide = today.minusDays(GUIDES_BEFORE_TODAY);
    }

    /** At least 12 notices per community (50 from 2,000 items on), fewer for streets and the district. */
    List<Notice> generate(int itemCount) {
        int perCommunity = Math.max(12, itemCount / 40);
        int perOther = Math.max(4, itemCount / 400);
        List<Notice> out = new ArrayList<>();
        for (Site site : SITES) {
            int n = site.level() == SiteLevel.COMMUNITY ? perCommunity : perOther;
            for (int i = 0; i < n; i++) {
                out.add(notice(site));
            }
        }
        return out;
    }

    private Notice notice(Site site) {
        String id = rnd.uuid();
        Template template = template(site.level());
        LocalDate start = template.id().equals("service-guide")
                ? firstGuide.plusDays(rnd.nextInt(184)) : firstStart.plusDays(rnd.nextInt(92));
        String issuer = issuer(site, template.id());
        Draft d = switch (template.id()) {
            case "subsistence-list" -> subsistence(issuer, start);
            case "elderly-subsidy" -> elderly(issuer, start);
            case "disability-subsidy" -> disability(issuer, start);
            case "housing" -> housing(issuer, start);
            case "finance" -> finance(site, start);
            case "service-guide" -> serviceGuide(site, start);
            case "event" -> event(site, issuer, start);
            case "publicity" -> publicity(issuer, start);
            case "school-enrolment" -> schoolEnrolment(site, start);
            default -> notice(site, issuer, start);
        };
        int r = rnd.nextInt(100);
        NoticeStatus status = r < 90 ? NoticeStatus.PUBLISHED : r < 95 ? NoticeStatus.WITHDRAWN : NoticeStatus.DRAFT;
        Instant startOfDay = start.atStartOfDay(BEIJING).toInstant();
        Instant updatedAt = switch (status) {
            case PUBLISHED -> startOfDay.minusSeconds(rnd.between(3_600, 72 * 3_600));
            case WITHDRAWN -> startOfDay.plusSeconds(rnd.between(3_600, 48 * 3_600));
            case DRAFT -> startOfDay.minusSeconds(rnd.between(24 * 3_600, 240 * 3_600));
        };
        String contact = d.objection() ? contact(site, template.id(), issuer) : null;
        return new Notice(id, site.code(), template.id(), template.category(), d.title(), d.body(), d.fields(),
                new PublicityPeriod(start, d.end()), contact, issuer, status, NoticeOrigin.CENTRAL, "central-admin",
                1, updatedAt, List.of());
    }

    private Template template(SiteLevel level) {
        int total = TEMPLATES.stream().mapToInt(t -> t.weight(level)).sum();
        int r = rnd.nextInt(total);
        for (Template t : TEMPLATES) {
            r -= t.weight(level);
            if (r < 0) {
                return t;
            }
        }
        throw new IllegalStateException("no template");
    }

    private static String issuer(Site site, String template) {
        return switch (site.level()) {
            case COMMUNITY -> site.name() + "居民委员会";
            case STREET -> site.name() + "办事处";
            case DISTRICT -> switch (template) {
                case "subsistence-list" -> "城东区民政局";
                case "housing" -> "城东区住房和城乡建设委员会";
                case "school-enrolment" -> "城东区教育委员会";
                case "service-guide" -> "城东区政务服务管理局";
                default -> "城东区人民政府办公室";
            };
        };
    }

    private static String contact(Site site, String template, String issuer) {
        String who = switch (site.level()) {
            case COMMUNITY -> site.name() + (template.equals("finance") ? "居务监督委员会" : "居委会");
            case STREET -> site.name() + "办事处";
            case DISTRICT -> issuer;
        };
        // An office line, not personal data: printed in full so residents can call it.
        String code = site.code();
        return who + " 电话 " + PHONES.get(code) + code.substring(code.length() - 4) + "（工作日 8:30—17:30）";
    }

    private Draft subsistence(String issuer, LocalDate start) {
        int variant = rnd.nextInt(3);
        int y = start.getYear();
        int m = start.getMonthValue();
        boolean special = variant == 2;
        String title = switch (variant) {
            case 0 -> "关于" + y + "年" + quarter(start) + "城乡低保审批结果的公示";
            case 1 -> "关于" + y + "年" + m + "月新增城乡最低生活保障对象的公示";
            default -> "关于" + y + "年" + m + "月特困人员认定结果的公示";
        };
        int households = rnd.between(2, 6);
        int persons = 0;
        int sum = 0;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < households; i++) {
            int p = special ? 1 : rnd.between(1, 4);
            int amount = special ? rnd.between(160, 220) * 10 : p * rnd.between(30, 145) * 10;
            persons += p;
            sum += amount;
            lines.add(maskedName() + "，" + p + "人，" + (special ? "基本生活费" : "") + amount + "元/月");
        }
        LocalDate end = start.plusDays(6);
        String body = "根据" + (special ? "《社会救助暂行办法》《特困人员认定办法》" : "《社会救助暂行办法》《最低生活保障审核确认办法》")
                + "有关规定，经本人申请、入户调查、街道办事处审核，现将" + (special ? "拟认定的特困人员名单" : "拟纳入城乡最低生活保障的家庭名单")
                + "予以公示，公示期为7天（" + cn(start) + "至" + cn(end) + "）。公示期间，如对名单有异议，可向" + issuer
                + "或城东区民政局反映。反映情况须实事求是，并提供具体事实和线索。公示名单仅用于社会监督，不得用于其他用途。";
        return new Draft(title, body, fields("households", String.join("\n", lines),
                "summary", "共" + households + "户" + persons + "人，月保障金合计" + sum + "元"), end, true);
    }

    private Draft elderly(String issuer, LocalDate start) {
        boolean allowance = rnd.chance(0.6);
        String title = allowance ? "关于" + start.getYear() + "年" + start.getMonthValue() + "月高龄老年人津贴发放名单的公示"
                : "关于" + start.getYear() + "年" + quarter(start) + "养老服务补贴新增对象的公示";
        int k = rnd.between(3, 8);
        int sum = 0;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int age = allowance ? rnd.between(80, 101) : rnd.between(60, 95);
            int amount = allowance ? (age >= 100 ? 800 : age >= 90 ? 500 : 100) : rnd.pick(List.of(100, 200, 400, 600));
            sum += amount;
            lines.add(maskedName() + "，" + age + "岁，" + (allowance ? "高龄津贴" : "养老服务补贴") + amount + "元/月");
        }
        LocalDate end = start.plusDays(rnd.between(7, 10) - 1);
        String body = "根据《城东区高龄老年人津贴和养老服务补贴发放管理办法》，经本人申请、社区初审、街道审核，现将"
                + (allowance ? "本月高龄老年人津贴发放名单" : "本季度养老服务补贴新增对象名单") + "予以公示，公示期自" + cn(start) + "至"
                + cn(end) + "。如有异议，请在公示期内向" + issuer + "反映。";
        return new Draft(title, body, fields("recipients", String.join("\n", lines),
                "total", "共" + k + "人，合计" + sum + "元/月"), end, true);
    }

    private Draft disability(String issuer, LocalDate start) {
        int y = start.getYear();
        int m = start.getMonthValue();
        int k = rnd.between(2, 6);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            boolean care = rnd.chance(0.5);
            lines.add(maskedName() + "，" + (care ? "重度残疾人护理补贴" : "困难残疾人生活补贴")
                    + rnd.pick(care ? List.of(100, 200, 300) : List.of(100, 200)) + "元/月");
        }
        LocalDate end = start.plusDays(6);
        String body = "根据《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》有关规定，经本人申请、社区初审、"
                + "街道审核、区残疾人联合会和区民政局审定，现将" + y + "年" + m + "月残疾人两项补贴拟发放名单予以公示，公示期为7天（"
                + cn(start) + "至" + cn(end) + "）。公示期间如有异议，请向" + issuer + "反映。";
        return new Draft("关于" + y + "年" + m + "月困难残疾人生活补贴和重度残疾人护理补贴发放名单的公示", body,
                fields("recipients", String.join("\n", lines), "total", "共" + k + "人"), end, true);
    }

    private Draft housing(String issuer, LocalDate start) {
        int y = start.getYear();
        int batch = rnd.between(1, 6);
        int variant = rnd.nextInt(3);
        String title = switch (variant) {
            case 0 -> "关于" + y + "年第" + batch + "批公共租赁住房申请家庭资格审核结果的公示";
            case 1 -> "关于" + y + "年保障性租赁住房配租结果的公示";
            default -> "关于共有产权住房申购家庭资格审核结果的公示（" + y + "年第" + batch + "批）";
        };
        int k = rnd.between(3, 8);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            int p = rnd.between(1, 5);
            lines.add(maskedName() + "，" + p + "人，" + switch (variant) {
                case 0 -> "申请公共租赁住房";
                case 1 -> "配租" + rnd.between(30, 60) + "平方米";
                default -> "申购共有产权住房";
            });
        }
        LocalDate end = start.plusDays(rnd.between(10, 15) - 1);
        String body = "根据《公共租赁住房管理办法》及保障性住房管理有关规定，经申请家庭申请、街道办事处初审、区住房和城乡建设委员会复审，"
                + "现将审核结果予以公示，公示期自" + cn(start) + "至" + cn(end) + "。对公示结果有异议的，可在公示期内以书面形式向"
                + issuer + "实名反映。";
        return new Draft(title, body, fields("households", String.join("\n", lines), "summary", "共" + k + "户"), end, true);
    }

    private Draft finance(Site site, LocalDate start) {
        boolean quarterly = rnd.chance(0.5);
        String period = start.getYear() + "年" + (quarterly ? quarter(start) : start.getMonthValue() + "月");
        long income = 0;
        List<String> incomeLines = new ArrayList<>();
        for (String source : rnd.pickDistinct(INCOME, rnd.between(2, 4))) {
            long cents = rnd.between(5_000, 150_000) * 100L + rnd.nextInt(100);
            income += cents;
            incomeLines.add(source + "：" + money(cents) + "元");
        }
        List<String> uses = rnd.pickDistinct(EXPENSE, rnd.between(3, 6));
        long expense = 0;
        List<String> expenseLines = new ArrayList<>();
        for (String use : uses) {
            long cents = 10_000 + rnd.nextLong(income * 8 / 10 / uses.size());
            expense += cents;
            expenseLines.add(use + "：" + money(cents) + "元");
        }
        LocalDate end = start.plusDays(rnd.between(15, 30) - 1);
        String body = "根据《中华人民共和国城市居民委员会组织法》和居务公开有关规定，现将本社区" + period + "财务收支情况公开如下：本期收入合计"
                + money(income) + "元，支出合计" + money(expense) + "元，结余" + money(income - expense)
                + "元。收支明细附后。居民对公开内容有疑问的，可在公开期内向社区居务监督委员会反映。";
        return new Draft(site.name() + period + "财务收支情况公开", body, fields("income", String.join("\n", incomeLines),
                "expense", String.join("\n", expenseLines), "balance", "本期结余：" + money(income - expense) + "元"), end, true);
    }

    private Draft serviceGuide(Site site, LocalDate start) {
        String[] service = rnd.pick(SERVICES).split("\\|");
        String place = switch (site.level()) {
            case COMMUNITY -> site.name() + "党群服务中心一层服务大厅";
            case STREET -> site.name() + "便民服务中心综合窗口";
            case DISTRICT -> "城东区政务服务中心二层综合窗口";
        };
        int days = rnd.pick(List.of(3, 5, 10, 15, 20));
        String body = "为方便辖区居民办理" + service[0] + "，现将办理材料、流程和地点公布如下。申请人可到" + place
                + "办理，也可通过“一网通办”平台在线申请。本指南长期有效，政策调整时另行通知。";
        return new Draft(service[0] + "办事指南", body, fields("materials", service[1],
                "process", "申请人提交材料，工作人员当场核对；材料齐全的当场受理，审核通过后" + days + "个工作日内办结。",
                "place", place, "hours", "周一至周五 8:30—12:00，13:30—17:30（法定节假日除外）"), null, false);
    }

    private Draft event(Site site, String issuer, LocalDate start) {
        String event = rnd.pick(EVENTS);
        LocalDate day = start.plusDays(rnd.between(5, 15) - 1);
        String place = site.name() + rnd.pick(EVENT_PLACES);
        boolean signup = rnd.chance(0.5);
        String body = "为丰富辖区居民精神文化生活，增进邻里交流，" + issuer + "定于" + cn(day) + "在" + place + "举办" + event
                + "活动，欢迎辖区居民踊跃参加。请参加活动的居民注意安全，老年人和儿童请由家属陪同。";
        return new Draft("关于举办" + event + "活动的通知", body, fields("time", cn(day) + " " + rnd.pick(EVENT_TIMES),
                "place", place, "signup", signup ? "请于" + cn(day.minusDays(1)) + "前到社区居委会报名，名额有限，报满即止"
                        : "无需报名，欢迎居民参加"), day, false);
    }

    private Draft publicity(String issuer, LocalDate start) {
        int y = start.getYear();
        int variant = rnd.nextInt(5);
        String subject = switch (variant) {
            case 0 -> "社区公益性岗位拟聘用人员";
            case 1 -> y + "年度“五好家庭”评选结果";
            case 2 -> y + "年度“平安家庭”评选结果";
            case 3 -> "社区居民委员会成员补选候选人名单";
            default -> "社区服务设施维修项目验收结果";
        };
        List<String> lines = new ArrayList<>();
        int k = rnd.between(2, 6);
        for (int i = 0; i < k; i++) {
            lines.add(switch (variant) {
                case 0 -> maskedName() + "，" + rnd.pick(List.of("社区保洁员", "治安巡逻员", "养老助残服务员", "停车管理员"));
                case 1, 2 -> maskedName() + "家庭";
                case 3 -> maskedName() + "，" + (rnd.chance(0.5) ? "男" : "女") + "，" + rnd.between(30, 55) + "岁";
                default -> rnd.pick(List.of("党群服务中心屋面防水维修", "楼道照明设施更换", "健身器材维修更换", "小区道路破损修补",
                        "消防通道标识更新")) + "，验收合格";
            });
        }
        LocalDate end = start.plusDays(rnd.between(5, 7) - 1);
        String body = "根据有关规定，经居民推荐、" + issuer + "审核，现将" + subject + "予以公示，公示期自" + cn(start) + "至"
                + cn(end) + "。如有异议，请在公示期内向" + issuer + "反映。";
        return new Draft("关于" + subject + "的公示", body, fields("details", String.join("\n", lines)), end, true);
    }

    private Draft schoolEnrolment(Site site, LocalDate start) {
        int y = start.getYear() + 1;
        String title = switch (rnd.nextInt(3)) {
            case 0 -> "关于做好" + y + "年义务教育阶段适龄儿童入学信息采集工作的通知";
            case 1 -> "关于召开" + y + "年小学入学政策咨询会的通知";
            default -> "关于" + y + "年义务教育入学户籍和居住信息核验的通知";
        };
        LocalDate end = start.plusDays(rnd.between(14, 30) - 1);
        String school = site.level() == SiteLevel.COMMUNITY ? "城东区" + site.name().replace("社区", "") + "小学、" : "";
        String body = "根据城东区教育委员会工作安排，为做好" + y + "年义务教育阶段入学工作，现将有关事项通知如下：请" + (y - 7)
                + "年9月1日至" + (y - 6) + "年8月31日出生的适龄儿童家长，于" + cn(start) + "至" + cn(end)
                + "期间登录城东区义务教育入学服务平台填报入学信息，并按要求准备相关材料。";
        return new Draft(title, body, fields("schools", school + "城东区实验小学、城东区第二中学", "dates",
                cn(start) + "至" + cn(end), "materials", "户口簿、适龄儿童出生医学证明、监护人居民身份证、居住证明材料"), end, false);
    }

    private Draft notice(Site site, String issuer, LocalDate start) {
        String[] topic = rnd.pick(NOTICES).split("\\|");
        LocalDate end = start.plusDays(rnd.between(5, 20) - 1);
        String body = "为" + topic[1] + "，根据上级工作部署，" + issuer + "定于" + cn(start) + "至" + cn(end) + topic[0]
                + "。请辖区居民予以支持和配合。如有疑问，请与" + (site.level() == SiteLevel.COMMUNITY ? "社区居委会" : issuer) + "联系。";
        return new Draft("关于" + topic[0] + "的通知", body, fields("time", cn(start) + "至" + cn(end),
                "contact", contact(site, "notice", issuer)), end, false);
    }

    /** A name with its middle character masked, e.g. 张*明. */
    private String maskedName() {
        return SURNAMES.charAt(rnd.nextInt(SURNAMES.length())) + "*" + GIVEN.charAt(rnd.nextInt(GIVEN.length()));
    }

    private static Map<String, String> fields(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String quarter(LocalDate day) {
        return "第" + "一二三四".charAt((day.getMonthValue() - 1) / 3) + "季度";
    }

    private static String cn(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static String money(long cents) {
        return String.format(Locale.ROOT, "%,d.%02d", cents / 100, cents % 100);
    }
}
