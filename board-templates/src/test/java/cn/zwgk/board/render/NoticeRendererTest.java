package cn.zwgk.board.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NoticeRendererTest {
    static final String ATTACK = "<script>alert('x')</script><b onmouseover=\"evil()\">粗</b>";
    final NoticeRenderer renderer = NoticeRenderer.builtIn();

    @Test
    void everyBuiltInTemplateHasASampleAndLooksLikeAGovernmentNotice() {
        assertThat(SampleNotices.all()).extracting(Notice::templateId)
                .containsExactlyInAnyOrderElementsOf(TemplateCatalog.builtIn().all().stream().map(NoticeTemplate::id).toList());
        for (Notice n : SampleNotices.all()) {
            Document d = Jsoup.parse(renderer.kioskFragment(n, "https://zwgk.example.gov.cn/n/" + n.id()));
            Element article = d.selectFirst("article.zb-notice.zb-t-" + n.templateId());
            assertThat(article).as(n.templateId()).isNotNull();
            assertThat(article.selectFirst(".zb-title").text()).isEqualTo(n.title());
            assertThat(article.selectFirst(".zb-category").text()).isEqualTo(n.category());
            assertThat(article.selectFirst(".zb-issuer").text()).isEqualTo("东湖社区居民委员会");
            assertThat(article.selectFirst(".zb-date").text()).isEqualTo("2026年11月2日");
            assertThat(article.select(".zb-seal")).as("seal area").hasSize(1);
            assertThat(article.selectFirst(".zb-qr img").attr("src")).startsWith("data:image/png;base64,");
            assertThat(article.select(".zb-p").first().text()).isEqualTo(n.body().lines().findFirst().orElseThrow());
            if (n.objectionContact() != null) {
                assertThat(article.selectFirst(".zb-objection").text()).contains(n.objectionContact());
            }
        }
    }

    @Test
    void noQrCodeWithoutAnOnlineVersion() {
        Document d = Jsoup.parse(renderer.kioskFragment(SampleNotices.all().getFirst(), null));
        assertThat(d.select(".zb-qr")).isEmpty();
    }

    @Test
    void assistanceListsMaskTheMiddleOfEveryNameAndCountTheHouseholds() {
        Notice n = byTemplate("subsistence-list");
        Document d = Jsoup.parse(renderer.kioskFragment(n, null));
        List<String> names = d.select(".zb-roster tbody tr").stream().map(tr -> tr.child(1).text()).toList();
        assertThat(names).containsExactly("张*明", "李*", "欧**明");
        assertThat(d.select(".zb-roster thead th").eachText()).containsExactly("序号", "户主姓名", "家庭人数", "保障金额");
        assertThat(d.selectFirst(".zb-tally").text()).isEqualTo("合计：共 3 户，6 人，月保障金合计 4680 元");
        assertThat(d.text()).doesNotContain("张三明", "欧阳小明");
    }

    @Test
    void idNumbersAndMobilesAreNeverShownInFull() {
        Map<String, String> fields = new HashMap<>(byTemplate("subsistence-list").fields());
        fields.put("households", "张三明，110101199003071234，13812345678，780元/月");
        Notice n = SampleNotices.of("subsistence-list", "低保/特困名单", "名单", "身份证号 11010119900307123X 联系 13912345678",
                fields, SampleNotices.START.plusDays(6), "电话 010-65111001");
        String text = Jsoup.parse(renderer.kioskFragment(n, null)).text();
        assertThat(text).contains("11*************234", "138****5678", "11*************23X", "139****5678", "010-65111001")
                .doesNotContain("110101199003071234", "13812345678", "11010119900307123X");
    }

    @Test
    void financeTotalsAreComputedNotTyped() {
        Notice n = byTemplate("finance");
        Document d = Jsoup.parse(renderer.kioskFragment(n, null));
        List<String> totals = d.select(".zb-ledger .zb-total .zb-amount").eachText();
        assertThat(totals).containsExactly("20,500.50", "5,100.50");
        assertThat(d.select(".zb-totals td").eachText()).containsExactly("20,500.50 元", "5,100.50 元", "15,400.00 元");
    }

    @Test
    void serviceGuideListsMaterialsAndNumberedSteps() {
        Document d = Jsoup.parse(renderer.kioskFragment(byTemplate("service-guide"), null));
        assertThat(d.select(".zb-field ol").first().select("li").eachText())
                .containsExactly("居民身份证", "居住地住址证明", "近期免冠照片");
        assertThat(d.select(".zb-field-label").eachText()).containsSubsequence("所需材料", "办理流程", "办理地点", "办理时间");
        assertThat(d.selectFirst(".zb-period").text()).isEqualTo("公示期：自2026年11月2日起长期有效");
    }

    @Test
    void htmlAndScriptTypedInAnyFieldAreShownAsTextOnScreenAndKiosk() {
        for (Notice sample : SampleNotices.all()) {
            Map<String, String> fields = new HashMap<>();
            sample.fields().keySet().forEach(k -> fields.put(k, ATTACK + "，" + ATTACK + "：1元"));
            Notice n = SampleNotices.of(sample.templateId(), ATTACK, ATTACK, ATTACK, fields, SampleNotices.START.plusDays(6), ATTACK);
            n = new Notice(n.id(), n.siteCode(), n.templateId(), n.category(), n.title(), n.body(), n.fields(), n.period(),
                    n.objectionContact(), ATTACK, n.status(), n.origin(), n.author(), 1, n.updatedAt(), List.of(), 1, false, false);
            String kiosk = renderer.kioskFragment(n, null);
            String screen = String.join("", renderer.screenPages(n, null));
            for (String html : List.of(kiosk, screen)) {
                Document d = Jsoup.parse(html);
                assertThat(d.select("script")).as(sample.templateId()).isEmpty();
                assertThat(d.select("[onmouseover]")).isEmpty();
                assertThat(d.select("b")).isEmpty();
                assertThat(d.selectFirst(".zb-title").text()).startsWith("<script>alert('x')</script>");
                assertThat(d.selectFirst(".zb-issuer").text()).isEqualTo(ATTACK);
            }
            assertThat(kiosk).doesNotContain("<script>").contains("&lt;script&gt;");
        }
    }

    @Test
    void aNoticeIsRenderedWithTheTemplateVersionItWasWrittenWith() {
        NoticeTemplate v1 = TemplateCatalog.builtIn().byId("notice").orElseThrow();
        NoticeTemplate v2 = new NoticeTemplate(v1.id(), v1.name(), v1.category(), v1.publicityDays(), v1.objectionContact(),
                v1.fields(), 2, "<#import \"/_notice.ftlh\" as g><@g.notice><p class=\"v2\">第二版</p></@g.notice>");
        TemplateSource source = new TemplateSource(TemplateCatalog.builtIn().all());
        source.add(v2);
        NoticeRenderer r = new NoticeRenderer(source);
        Notice written1 = byTemplate("notice");
        Notice written2 = withTemplateVersion(written1, 2);
        Notice unrecorded = withTemplateVersion(written1, 0);
        assertThat(Jsoup.parse(r.kioskFragment(written1, null)).select(".v2")).isEmpty();
        assertThat(Jsoup.parse(r.kioskFragment(written2, null)).select(".v2")).hasSize(1);
        assertThat(Jsoup.parse(r.kioskFragment(unrecorded, null)).select(".v2")).as("newest known").hasSize(1);
    }

    @Test
    void attachedImagesAreShownAndBytesThatAreNoImageAreLeftOut() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        String pngSha = "a".repeat(64);
        String junkSha = "b".repeat(64);
        Map<String, byte[]> files = Map.of(pngSha, png.toByteArray(), junkSha, "<script>".getBytes());
        NoticeRenderer r = new NoticeRenderer(new TemplateSource(TemplateCatalog.builtIn().all()),
                sha -> java.util.Optional.ofNullable(files.get(sha)));
        Notice n = byTemplate("event");
        n = new Notice(n.id(), n.siteCode(), n.templateId(), n.category(), n.title(), n.body(), n.fields(), n.period(),
                n.objectionContact(), n.issuer(), n.status(), n.origin(), n.author(), 1, n.updatedAt(),
                List.of(pngSha, junkSha, "c".repeat(64)), 1, false, false);
        Document d = Jsoup.parse(r.kioskFragment(n, null));
        assertThat(d.select(".zb-image img")).singleElement()
                .satisfies(e -> assertThat(e.attr("src")).startsWith("data:image/png;base64,"));
        assertThat(String.join("", r.screenPages(n, null))).contains("data:image/png;base64,");
    }

    @Test
    void anUnknownTemplateStillShowsTheNotice() {
        Notice n = SampleNotices.of("new-kind", "新类别", "新类别的公告", "正文", Map.of("x", "值"), SampleNotices.START, null);
        Document d = Jsoup.parse(renderer.kioskFragment(n, null));
        assertThat(d.selectFirst(".zb-title").text()).isEqualTo("新类别的公告");
        assertThat(d.text()).contains("值");
    }

    @Test
    void screenPagesAreStandaloneSixteenByNine() {
        String doc = renderer.screenDocument(renderer.screenPages(byTemplate("event"), "https://zwgk.example.gov.cn/n/1"));
        Document d = Jsoup.parse(doc);
        assertThat(d.select("section.zb-screen-page")).hasSize(1);
        assertThat(d.select("style").html()).contains("width: 1920px; height: 1080px");
        assertThat(d.select(".zb-facts dd").eachText()).containsExactly("2026年11月10日 9:00—11:00", "东湖社区文化广场");
    }

    static Notice withTemplateVersion(Notice n, int v) {
        return new Notice(n.id(), n.siteCode(), n.templateId(), n.category(), n.title(), n.body(), n.fields(), n.period(),
                n.objectionContact(), n.issuer(), n.status(), n.origin(), n.author(), n.version(), n.updatedAt(), n.attachments(), v,
                n.pinned(), n.urgent());
    }

    static Notice byTemplate(String id) {
        return SampleNotices.all().stream().filter(n -> n.templateId().equals(id)).findFirst().orElseThrow();
    }
}
