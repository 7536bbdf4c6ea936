package cn.zwgk.core.demo;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.DisclosureMethod;
import cn.zwgk.core.catalogue.DocumentMetadata;
import cn.zwgk.core.catalogue.ItemKind;
import cn.zwgk.core.catalogue.ItemLink;
import cn.zwgk.core.demo.DemoVocabulary.DomainVocab;
import cn.zwgk.core.demo.DemoVocabulary.Topic;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Composes the demo catalogue (items, policy interpretations, hot questions) from {@link DemoVocabulary}. */
final class DemoCatalogue {
    static final String URL_BASE = "https://www.example.gov.cn/zwgk/";
    private static final String SOCIAL_INSURANCE = "social-insurance";
    private static final Instant UPDATED_FROM = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant UPDATED_TO = Instant.parse("2026-11-01T00:00:00Z");
    private static final LocalDate FIRST_DOCUMENT = LocalDate.of(2025, 1, 6);
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private final DemoRandom rnd;
    /** Last serial of 索引号 per organisation code and year. */
    private final Map<String, Integer> indexSerials = new HashMap<>();
    /** Last number of 文号 per prefix and year. */
    private final Map<String, Integer> documentNumbers = new HashMap<>();

    DemoCatalogue(DemoRandom rnd) {
        this.rnd = rnd;
    }

    List<CatalogueItem> generate(int itemCount) {
        int[] counts = shares(itemCount);
        List<CatalogueItem> out = new ArrayList<>(itemCount);
        for (int d = 0; d < counts.length; d++) {
            domain(DemoVocabulary.DOMAINS.get(d), counts[d], out);
        }
        return out;
    }

    /** Splits {@code total} over the domains by weight; the remainder goes to the first domains. */
    static int[] shares(int total) {
        List<DomainVocab> domains = DemoVocabulary.DOMAINS;
        int weights = domains.stream().mapToInt(DomainVocab::weight).sum();
        int[] counts = new int[domains.size()];
        int given = 0;
        for (int d = 0; d < counts.length; d++) {
            counts[d] = (int) ((long) total * domains.get(d).weight() / weights);
            given += counts[d];
        }
        for (int d = 0; given < total; d = (d + 1) % counts.length, given++) {
            counts[d]++;
        }
        return counts;
    }

    private final java.util.Set<String> namesInDomain = new java.util.HashSet<>();

    private void domain(DomainVocab v, int n, List<CatalogueItem> out) {
        namesInDomain.clear();
        int interpretations = n >= 8 ? Math.max(1, n * 6 / 100) : 0;
        int questions = n >= 8 ? Math.max(1, n * 7 / 100) : 0;
        int items = n - interpretations - questions;
        List<String> interpretationIds = ids(interpretations);
        List<String> questionIds = ids(questions);
        for (int i = 0; i < items; i++) {
            boolean forceHant = v.code().equals(SOCIAL_INSURANCE) && i < 2;
            out.add(item(v, i + 1, forceHant, interpretationIds, questionIds));
        }
        for (int i = 0; i < interpretations; i++) {
            out.add(interpretation(v, items + i + 1, interpretationIds.get(i)));
        }
        for (int i = 0; i < questions; i++) {
            out.add(hotQuestion(v, items + interpretations + i + 1, questionIds.get(i)));
        }
    }

    private List<String> ids(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(rnd.uuid());
        }
        return ids;
    }

    /**
     * A disclosure item. {@code forceHant} makes a Traditional-Chinese item from the domain's first
     * topic and subject (for 社会保险: 社會保險費…), so that such items always exist.
     */
    private CatalogueItem item(DomainVocab v, int serial, boolean forceHant,
                               List<String> interpretationIds, List<String> questionIds) {
        String id = rnd.uuid();
        Topic topic = forceHant ? v.topics().get(0) : rnd.pick(v.topics());
        String subject = forceHant ? topic.subjects().get(0) : rnd.pick(topic.subjects());
        String facet = rnd.pick(topic.facets());
        boolean hant = forceHant || rnd.chance(0.05);
        boolean isDocument = !forceHant && rnd.chance(0.20);
        boolean isLong = rnd.chance(0.02);
        Instant updatedAt = updatedAt();
        String body = rnd.pickMostlyFirst(v.bodies(), 0.55);
        String name = isDocument ? documentTitle(subject, facet, year(updatedAt))
                : (!forceHant && rnd.chance(0.3) ? year(updatedAt) + "年" : "") + subject + facet;
        // A real list does not repeat an item within its domain: re-draw, then fall back to a batch number.
        for (int retry = 0; retry < 8 && namesInDomain.contains(name) && !forceHant; retry++) {
            topic = rnd.pick(v.topics());
            subject = rnd.pick(topic.subjects());
            facet = rnd.pick(topic.facets());
            name = isDocument ? documentTitle(subject, facet, year(updatedAt))
                    : (rnd.chance(0.5) ? year(updatedAt) + "年" : "") + subject + facet;
        }
        for (int batch = 2; namesInDomain.contains(name); batch++) {
            name = name.replaceFirst("（第\\d+批）$", "") + "（第" + batch + "批）";
        }
        namesInDomain.add(name);
        String content = isLong ? longText(v, subject, topic, updatedAt)
                : content(v, topic, subject, facet, name, isDocument, body);
        DocumentMetadata document = isDocument ? document(v, date(updatedAt), false) : null;
        List<ItemLink> links = rnd.chance(0.10) ? links(interpretationIds, questionIds) : List.of();
        return build(hant, id, ItemKind.ITEM, v, serial, topic.level1(), name, content, bases(v),
                timeLimit(), body, channels(),
                rnd.chance(0.85) ? Audience.PUBLIC : Audience.SPECIFIC_GROUP,
                rnd.chance(0.92) ? DisclosureMethod.PROACTIVE : DisclosureMethod.ON_REQUEST,
                document, links, updatedAt);
    }

    private CatalogueItem interpretation(DomainVocab v, int serial, String id) {
        Topic topic = rnd.pick(v.topics());
        String subject = rnd.pick(topic.subjects());
        String facet = rnd.pick(topic.facets());
        boolean hant = rnd.chance(0.05);
        Instant updatedAt = updatedAt();
        String title = policyTitle(subject, year(updatedAt));
        String basis = bases(v);
        String body = rnd.pickMostlyFirst(v.bodies(), 0.7);
        List<String> e = rnd.pickDistinct(v.elements(), 3);
        String content = "一、出台背景\n为进一步规范" + subject + "工作，回应群众关切，根据" + basis + "等规定，结合本区实际，"
                + publisher(v) + "制定了《" + title + "》。\n二、主要内容\n文件明确了" + subject + "的" + e.get(0) + "、"
                + e.get(1) + "和" + e.get(2) + "，规范了" + facet + "的办理程序和公开要求。\n三、适用范围\n本区范围内"
                + subject + "相关工作适用本文件，各街道办事处负责做好政策宣传和组织落实。\n四、解读机关及联系方式\n解读机关："
                + publisher(v) + "；咨询电话：12345政务服务便民热线。";
        DocumentMetadata document = rnd.chance(0.3) ? document(v, date(updatedAt), true) : null;
        return build(hant, id, ItemKind.INTERPRETATION, v, serial, topic.level1(), "《" + title + "》政策解读", content,
                basis, "与政策文件同步公开", body,
                rnd.pickDistinct(DemoVocabulary.CHANNELS.subList(0, 6), rnd.between(1, 3)), Audience.PUBLIC, DisclosureMethod.PROACTIVE, document, List.of(), updatedAt);
    }

    private CatalogueItem hotQuestion(DomainVocab v, int serial, String id) {
        Topic topic = rnd.pick(v.topics());
        String subject = rnd.pick(topic.subjects());
        String facet = rnd.pick(topic.facets());
        boolean hant = rnd.chance(0.05);
        String body = rnd.pickMostlyFirst(v.bodies(), 0.6);
        List<String> e = rnd.pickDistinct(v.elements(), 2);
        String basis = rnd.pick(v.bases());
        String question = fill(rnd.pick(DemoVocabulary.QUESTIONS), subject, facet, e.get(0), e.get(1), "", body, "", "");
        StringBuilder answer = new StringBuilder("根据").append(basis).append("，").append(subject).append("的")
                .append(e.get(0)).append("、").append(e.get(1)).append("由").append(body).append("负责公开，可通过")
                .append(rnd.pick(DemoVocabulary.QUERY_CHANNELS)).append("查询。");
        for (String s : rnd.pickDistinct(DemoVocabulary.ANSWERS, rnd.between(1, 2))) {
            answer.append(fill(s, subject, facet, e.get(0), e.get(1), "", body, "", ""));
        }
        return build(hant, id, ItemKind.HOT_QUESTION, v, serial, topic.level1(), question, answer.toString(),
                rnd.chance(0.5) ? basis : null, rnd.chance(0.5) ? "及时公开" : null, body,
                rnd.pickDistinct(List.of("政府网站", "两微一端", "政务服务中心"), rnd.between(1, 2)),
                Audience.PUBLIC, DisclosureMethod.PROACTIVE, null, List.of(), updatedAt());
    }

    private CatalogueItem build(boolean hant, String id, ItemKind kind, DomainVocab v, int serial, String level1,
                                String name, String content, String basis, String timeLimit, String body,
                                List<String> channels, Audience audience, DisclosureMethod method,
                                DocumentMetadata document, List<ItemLink> links, Instant updatedAt) {
        UnaryOperator<String> t = hant ? TraditionalChinese::convert : UnaryOperator.identity();
        String url = rnd.chance(0.9) ? URL_BASE + v.code() + "/" + serial + ".html" : null;
        if (hant && document != null) {
            document = new DocumentMetadata(document.indexNo(), t.apply(document.publisher()), document.writtenDate(),
                    document.publishedDate(), t.apply(document.documentNo()), t.apply(document.topic()),
                    t.apply(document.composition()), t.apply(document.scope()), t.apply(document.validity()),
                    document.repealDate());
        }
        long version = rnd.chance(0.7) ? 1 : rnd.between(2, 3);
        return new CatalogueItem(id, kind, v.code(), serial, t.apply(level1), t.apply(name), t.apply(content),
                t.apply(basis), t.apply(timeLimit), t.apply(body), channels, audience, method, level(body), url,
                document, links, hant ? "zh-Hant" : "zh-Hans", version, updatedAt);
    }

    private String content(DomainVocab v, Topic topic, String subject, String facet, String name,
                           boolean isDocument, String body) {
        List<String> e = rnd.pickDistinct(v.elements(), 3);
        StringBuilder s = new StringBuilder("公开");
        s.append(isDocument ? "《" + name + "》全文及" + subject + facet : name).append("的").append(e.get(0)).append("、")
                .append(e.get(1)).append("等信息。");
        String channel = rnd.pick(DemoVocabulary.QUERY_CHANNELS);
        for (String sentence : rnd.pickDistinct(DemoVocabulary.CONTENT_SENTENCES, rnd.between(0, 3))) {
            s.append(fill(sentence, subject, facet, e.get(0), e.get(1), e.get(2), body, channel, topic.level1()));
        }
        return s.toString();
    }

    /** A policy text of 3,000–8,000 characters in numbered articles (第一条 …). */
    private String longText(DomainVocab v, String subject, Topic topic, Instant updatedAt) {
        int target = rnd.between(3000, 8000);
        StringBuilder s = new StringBuilder(target + 200);
        s.append(DemoVocabulary.DISTRICT).append(subject).append("信息公开管理办法\n");
        int article = 1;
        s.append("第一条　为规范").append(v.name()).append("领域政务公开工作，保障公民、法人和其他组织依法获取政府信息，根据")
                .append(bases(v)).append("等规定，结合本区实际，制定本办法。\n");
        while (s.length() < target - 40) {
            List<String> e = rnd.pickDistinct(v.elements(), 3);
            String sentence = fill(rnd.pick(DemoVocabulary.ARTICLES), rnd.pick(topic.subjects()),
                    rnd.pick(topic.facets()), e.get(0), e.get(1), e.get(2), rnd.pick(v.bodies()),
                    rnd.pick(DemoVocabulary.QUERY_CHANNELS), "");
            s.append("第").append(chineseNumber(++article)).append("条　").append(sentence).append('\n');
            if (rnd.chance(0.15)) {
                topic = rnd.pick(v.topics());
            }
        }
        LocalDate effective = date(updatedAt).plusDays(rnd.between(0, 30));
        s.append("第").append(chineseNumber(++article)).append("条　本办法自").append(effective.getYear()).append("年")
                .append(effective.getMonthValue()).append("月").append(effective.getDayOfMonth()).append("日起施行。");
        return s.toString();
    }

    private String documentTitle(String subject, String facet, int year) {
        return switch (rnd.nextInt(3)) {
            case 0 -> "关于做好" + year + "年" + subject + "工作的通知";
            case 1 -> "关于公布" + subject + facet + "的通告";
            default -> DemoVocabulary.DISTRICT + subject + facet + "（" + year + "年）";
        };
    }

    /** The title of a policy document that gets an interpretation. */
    private String policyTitle(String subject, int year) {
        return switch (rnd.nextInt(3)) {
            case 0 -> "关于做好" + year + "年" + subject + "工作的通知";
            case 1 -> "关于进一步加强" + subject + "工作的实施意见";
            default -> DemoVocabulary.DISTRICT + subject + "工作实施方案";
        };
    }

    private DocumentMetadata document(DomainVocab v, LocalDate updated, boolean interpretation) {
        boolean repealed = !interpretation && updated.isAfter(FIRST_DOCUMENT.plusDays(60)) && rnd.chance(0.04);
        LocalDate published = updated.minusDays(repealed ? rnd.between(60, 400) : rnd.between(0, 90));
        if (published.isBefore(FIRST_DOCUMENT)) {
            published = FIRST_DOCUMENT;
        }
        LocalDate written = published.minusDays(rnd.between(0, 14));
        LocalDate repeal = repealed
                ? published.plusDays(1 + rnd.nextLong(updated.toEpochDay() - published.toEpochDay())) : null;
        int year = written.getYear();
        String publisher = publisher(v);
        String org = String.format("%09d", 14_300 + Math.floorMod(publisher.hashCode(), 700));
        String indexNo = org + "/" + year + "-" + String.format("%05d", next(indexSerials, org + year, 3));
        String documentNo = interpretation || rnd.chance(0.2) ? null
                : v.docPrefix() + "〔" + year + "〕" + next(documentNumbers, v.docPrefix() + year, 4) + "号";
        return new DocumentMetadata(indexNo, publisher, written, published, documentNo, v.docTopic(),
                interpretation ? "政策解读" : rnd.pick(DemoVocabulary.COMPOSITIONS), "面向全社会",
                repealed ? "废止" : "有效", repeal);
    }

    private int next(Map<String, Integer> counters, String key, int maxStep) {
        int value = counters.getOrDefault(key, 0) + rnd.between(1, maxStep);
        counters.put(key, value);
        return value;
    }

    private List<ItemLink> links(List<String> interpretationIds, List<String> questionIds) {
        List<ItemLink> links = new ArrayList<>(3);
        if (!interpretationIds.isEmpty() && rnd.chance(0.7)) {
            links.add(new ItemLink(ItemKind.INTERPRETATION, rnd.pick(interpretationIds)));
        }
        int questions = Math.min(questionIds.size(), links.isEmpty() ? rnd.between(1, 2) : rnd.between(0, 2));
        for (String q : rnd.pickDistinct(questionIds, questions)) {
            links.add(new ItemLink(ItemKind.HOT_QUESTION, q));
        }
        return links;
    }

    private String bases(DomainVocab v) {
        return String.join("", rnd.pickDistinct(v.bases(), rnd.between(1, 3)));
    }

    private String timeLimit() {
        return rnd.pickMostlyFirst(DemoVocabulary.TIME_LIMITS, 0.45);
    }

    /** 1–5 channels in canonical order, usually including the government website, rarely 其他. */
    private List<String> channels() {
        List<String> all = DemoVocabulary.CHANNELS;
        int wanted = switch (rnd.nextInt(10)) {
            case 0, 1 -> 1;
            case 2, 3, 4 -> 2;
            case 5, 6, 7 -> 3;
            case 8 -> 4;
            default -> 5;
        };
        boolean[] chosen = new boolean[all.size()];
        int have = 0;
        if (rnd.chance(0.85)) {
            chosen[0] = true;
            have++;
        }
        while (have < wanted) {
            int i = rnd.nextInt(all.size());
            if (!chosen[i] && (i != all.size() - 1 || rnd.chance(0.2))) {
                chosen[i] = true;
                have++;
            }
        }
        List<String> out = new ArrayList<>(wanted);
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    private Instant updatedAt() {
        long span = UPDATED_TO.getEpochSecond() - UPDATED_FROM.getEpochSecond();
        return UPDATED_FROM.plusSeconds(rnd.nextLong(span));
    }

    /** 发布机构 of the domain's documents: the lead department with the district's name. */
    private static String publisher(DomainVocab v) {
        String lead = v.bodies().get(0);
        return lead.startsWith("区") ? "城东" + lead : lead;
    }

    /** 公开层级 follows from the body: district departments, street offices, residents' committees. */
    private static AdministrativeLevel level(String body) {
        if (!body.startsWith("各")) {
            return AdministrativeLevel.COUNTY;
        }
        return body.contains("居民委员会") || body.contains("村民委员会")
                ? AdministrativeLevel.VILLAGE : AdministrativeLevel.TOWNSHIP;
    }

    private static String fill(String template, String subject, String facet, String e1, String e2, String e3,
                               String body, String channel, String level1) {
        return template.replace("{subject}", subject).replace("{facet}", facet).replace("{e1}", e1)
                .replace("{e2}", e2).replace("{e3}", e3).replace("{body}", body).replace("{channel}", channel)
                .replace("{level1}", level1);
    }

    private static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, BEIJING);
    }

    private static int year(Instant instant) {
        return date(instant).getYear();
    }

    /** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (up to 999). */
    static String chineseNumber(int n) {
        String digits = "零一二三四五六七八九";
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        StringBuilder s = new StringBuilder();
        if (hundreds > 0) {
            s.append(digits.charAt(hundreds)).append('百');
            if (tens == 0 && ones != 0) {
                s.append('零');
            }
        }
        if (tens > 0) {
            if (tens > 1 || hundreds > 0) {
                s.append(digits.charAt(tens));
            }
            s.append('十');
        }
        if (ones > 0) {
            s.append(digits.charAt(ones));
        }
        return s.toString();
    }
}
