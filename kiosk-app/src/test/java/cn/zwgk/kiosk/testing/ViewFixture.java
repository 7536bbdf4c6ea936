package cn.zwgk.kiosk.testing;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.DisclosureMethod;
import cn.zwgk.core.catalogue.DocumentMetadata;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.catalogue.ItemKind;
import cn.zwgk.core.catalogue.ItemLink;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeOrigin;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.core.site.Site;
import cn.zwgk.core.site.SiteLevel;
import cn.zwgk.core.store.Database;
import cn.zwgk.kiosk.catalogue.CatalogueStore;
import cn.zwgk.kiosk.notice.NoticeStore;
import cn.zwgk.kiosk.site.SiteStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small hand-made kiosk dataset for view tests, each record there for one behaviour: a 繁體 item, a
 * document, an item with missing fields and a javascript: URL, a long text, linked entries, and notices
 * inside, before and after their period, withdrawn, and of a neighbouring community. "Today" is
 * {@link #TODAY} (2026-11-23 in Asia/Shanghai).
 */
public final class ViewFixture {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final String SITE = "110199001001";

    public static final String SOCIAL = "social-insurance";
    public static final String EDUCATION = "education";
    public static final String EMPTY_DOMAIN = "culture";

    public static final String ENROL_LEVEL1 = "社会保险参保登记";
    public static final String HANT_LEVEL1 = "社會保險費徵收";

    public static final String ITEM_ENROL = "00000000-0000-4000-8000-000000000001";
    public static final String ITEM_HANT_DOC = "00000000-0000-4000-8000-000000000002";
    public static final String ITEM_BARE = "00000000-0000-4000-8000-000000000003";
    public static final String ITEM_LONG = "00000000-0000-4000-8000-000000000004";
    public static final String INTERPRETATION = "00000000-0000-4000-8000-000000000005";
    public static final String HOT_QUESTION = "00000000-0000-4000-8000-000000000006";
    public static final String MISSING_TARGET = "00000000-0000-4000-8000-0000000000ff";

    public static final String ENROL_URL = "https://www.example.gov.cn/zwgk/social-insurance/1.html";
    public static final String HANT_URL = "https://www.example.gov.cn/zwgk/social-insurance/2.html";
    public static final String LONG_TEXT = "第一条　为规范社会保险信息公开工作，制定本办法。\n".repeat(400).substring(0, 8_000);

    public static final String NOTICE_SUBSISTENCE = "10000000-0000-4000-8000-000000000001";
    public static final String NOTICE_EXPIRED = "10000000-0000-4000-8000-000000000002";
    public static final String NOTICE_FUTURE = "10000000-0000-4000-8000-000000000003";
    public static final String NOTICE_WITHDRAWN = "10000000-0000-4000-8000-000000000004";
    public static final String NOTICE_STREET = "10000000-0000-4000-8000-000000000005";
    public static final String NOTICE_NEIGHBOUR = "10000000-0000-4000-8000-000000000006";
    public static final String NOTICE_GUIDE = "10000000-0000-4000-8000-000000000007";
    public static final String NOTICE_FINANCE = "10000000-0000-4000-8000-000000000008";

    private ViewFixture() {
    }

    public static void load(Database db) {
        CatalogueStore catalogue = new CatalogueStore();
        NoticeStore notices = new NoticeStore();
        SiteStore sites = new SiteStore();
        db.useTransaction(c -> {
            catalogue.putDomain(c, new Domain(SOCIAL, "社会保险", 1));
            catalogue.putDomain(c, new Domain(EDUCATION, "教育", 2));
            catalogue.putDomain(c, new Domain(EMPTY_DOMAIN, "公共文化", 3));
            for (CatalogueItem item : items()) {
                catalogue.putItem(c, item);
            }
            for (Site site : sites()) {
                sites.put(c, site);
            }
            for (Notice notice : notices()) {
                notices.put(c, notice);
            }
        });
    }

    static List<Site> sites() {
        return List.of(new Site("110199", "城东区", SiteLevel.DISTRICT, null),
                new Site("110199001", "东湖街道", SiteLevel.STREET, "110199"),
                new Site(SITE, "东湖社区", SiteLevel.COMMUNITY, "110199001"),
                new Site("110199001002", "望湖社区", SiteLevel.COMMUNITY, "110199001"));
    }

    static List<CatalogueItem> items() {
        return List.of(
                item(ITEM_ENROL, ItemKind.ITEM, SOCIAL, 1, ENROL_LEVEL1, "城乡居民基本养老保险参保登记",
                        "公开参保登记的办理条件、所需材料和办理流程。", ENROL_URL, null,
                        List.of(new ItemLink(ItemKind.INTERPRETATION, INTERPRETATION),
                                new ItemLink(ItemKind.HOT_QUESTION, HOT_QUESTION),
                                new ItemLink(ItemKind.HOT_QUESTION, MISSING_TARGET)), "zh-Hans"),
                atLevels(item(ITEM_HANT_DOC, ItemKind.ITEM, SOCIAL, 2, HANT_LEVEL1, "社會保險費繳費基數公示",
                        "公開社會保險費繳費基數及調整情況。", HANT_URL,
                        new DocumentMetadata("000014349/2026-00222", "城東區人力資源和社會保障局", LocalDate.of(2026, 3, 2),
                                LocalDate.of(2026, 3, 5), "城人社發〔2026〕12號", "勞動、人事、監察\\社會保障", null,
                                "面向全社會", "有效", null),
                        List.of(), "zh-Hant"), AdministrativeLevel.COUNTY, AdministrativeLevel.TOWNSHIP),
                new CatalogueItem(ITEM_BARE, ItemKind.ITEM, SOCIAL, 3, ENROL_LEVEL1, "<b>灵活就业</b>人员参保缴费",
                        "公开灵活就业人员参保缴费办法。", null, null, "城东区社会保险事业管理中心", List.of(), null, null,
                        null, "javascript:alert(1)", null, List.of(), "zh-Hans", 1, Instant.parse("2026-01-01T00:00:00Z")),
                item(ITEM_LONG, ItemKind.ITEM, EDUCATION, 1, "义务教育", "城东区义务教育入学管理办法", LONG_TEXT, null,
                        null, List.of(), "zh-Hans"),
                item(INTERPRETATION, ItemKind.INTERPRETATION, SOCIAL, 4, ENROL_LEVEL1, "《城乡居民基本养老保险参保登记办法》政策解读",
                        "一、出台背景\n二、主要内容", ENROL_URL, null, List.of(), "zh-Hans"),
                item(HOT_QUESTION, ItemKind.HOT_QUESTION, SOCIAL, 5, ENROL_LEVEL1, "参保登记需要带哪些材料？",
                        "带居民身份证和户口簿到社区服务站办理。", null, null, List.of(), "zh-Hans"));
    }

    /** The item published at several levels (公开层级 is a set). */
    private static CatalogueItem atLevels(CatalogueItem i, AdministrativeLevel... levels) {
        return new CatalogueItem(i.id(), i.kind(), i.domainCode(), i.serialNo(), i.level1(), i.name(), i.level3(),
                i.content(), i.basis(), i.timeLimit(), i.responsibleBody(), i.channels(), i.audience(), i.method(),
                java.util.Set.of(levels), i.onlineUrl(), i.document(), i.links(), i.language(), i.version(), i.updatedAt());
    }

    private static CatalogueItem item(String id, ItemKind kind, String domain, int serial, String level1, String name,
            String content, String url, DocumentMetadata document, List<ItemLink> links, String language) {
        return new CatalogueItem(id, kind, domain, serial, level1, name, content, "《中华人民共和国社会保险法》",
                "信息形成或者变更之日起20个工作日内", "城东区人力资源和社会保障局", List.of("政府网站", "政务服务中心"),
                Audience.PUBLIC, DisclosureMethod.PROACTIVE, AdministrativeLevel.COUNTY, url, document, links, language,
                1, Instant.parse("2026-01-01T00:00:00Z"));
    }

    static List<Notice> notices() {
        return List.of(
                notice(NOTICE_SUBSISTENCE, SITE, "subsistence-list", "低保/特困名单", "关于2026年11月新增城乡最低生活保障对象的公示",
                        Map.of("households", "张*明，3人，1200元/月\n李*华，1人，650元/月\n王*芳，2人，980元/月",
                                "summary", "共3户6人，月保障金合计2830元"),
                        new PublicityPeriod(TODAY.minusDays(3), TODAY.plusDays(3)), "东湖社区居委会 电话 010-65111001",
                        NoticeStatus.PUBLISHED),
                notice(NOTICE_EXPIRED, SITE, "notice", "通知", "关于开展冬季消防安全检查的通知", Map.of(),
                        new PublicityPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)), null, NoticeStatus.PUBLISHED),
                notice(NOTICE_FUTURE, SITE, "event", "活动通知", "关于举办社区跳蚤市场活动的通知", Map.of(),
                        new PublicityPeriod(TODAY.plusDays(1), TODAY.plusDays(10)), null, NoticeStatus.PUBLISHED),
                notice(NOTICE_WITHDRAWN, SITE, "notice", "通知", "关于清洗二次供水设施的通知", Map.of(),
                        new PublicityPeriod(TODAY.minusDays(1), TODAY.plusDays(5)), null, NoticeStatus.WITHDRAWN),
                notice(NOTICE_STREET, "110199001", "notice", "通知", "关于做好冬季道路除冰扫雪的通知",
                        Map.of("contact", "东湖街道办事处 电话 010-65101001"),
                        new PublicityPeriod(TODAY.minusDays(2), TODAY.plusDays(12)), null, NoticeStatus.PUBLISHED),
                notice(NOTICE_NEIGHBOUR, "110199001002", "notice", "通知", "望湖社区停水通知", Map.of(),
                        new PublicityPeriod(TODAY.minusDays(2), TODAY.plusDays(2)), null, NoticeStatus.PUBLISHED),
                notice(NOTICE_GUIDE, SITE, "service-guide", "办事指南", "居住证申领办事指南",
                        Map.of("materials", "居民身份证、居住地住址证明、近期免冠照片", "place", "东湖社区党群服务中心一层服务大厅"),
                        new PublicityPeriod(LocalDate.of(2026, 7, 1), null), null, NoticeStatus.PUBLISHED),
                notice(NOTICE_FINANCE, SITE, "finance", "财务收支", "东湖社区2026年第三季度财务收支情况公开",
                        Map.of("income", "上级拨付办公经费：52,000.00元\n社区惠民资金：30,000.00元",
                                "expense", "办公用品购置：3,200.50元\n困难群众慰问：8,000.00元\n水电费：2,100.00元",
                                "balance", "本期结余：68,699.50元"),
                        new PublicityPeriod(TODAY.minusDays(10), TODAY.plusDays(19)), "东湖社区居务监督委员会 电话 010-65111001",
                        NoticeStatus.PUBLISHED));
    }

    private static Notice notice(String id, String site, String template, String category, String title,
            Map<String, String> fields, PublicityPeriod period, String objection, NoticeStatus status) {
        return new Notice(id, site, template, category, title, "根据有关规定，现将" + title + "有关事项公布如下。", fields, period,
                objection, site.equals(SITE) ? "东湖社区居民委员会" : "东湖街道办事处", status, NoticeOrigin.CENTRAL, "central-admin",
                1, Instant.parse("2026-11-01T00:00:00Z"), List.of());
    }
}
