package cn.zwgk.board.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.board.TemplateCatalog;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 8, second defence: a template that got past the check (published before it, or synced from a
 * tampered server) renders for the kiosk, the board and the printer only through the allow-list.
 */
class NoticeHtmlTest {
    static final NoticeTemplate EVENT = TemplateCatalog.builtIn().byId("event").orElseThrow();
    static final String EVIL = "<script>alert(1)</script><style>.zb-notice{display:none}</style>"
            + "<img src=x/onerror=alert(2)><a href=\"&#106;avascript:alert(3)\">点此</a>"
            + "<iframe src=\"http://127.0.0.1:9/\"></iframe><img src=\"data:image/svg+xml;base64,PHN2Zz4=\">"
            + "<div style=\"position:fixed\" onclick=\"alert(4)\">${title?no_esc}</div>";

    static NoticeRenderer rendererWithEvilEvent() {
        NoticeTemplate evil = new NoticeTemplate(EVENT.id(), EVENT.name(), EVENT.category(), EVENT.publicityDays(),
                EVENT.objectionContact(), EVENT.fields(), EVENT.version(),
                EVENT.markup().replace("<@g.notice>", "<@g.notice>" + EVIL));
        List<NoticeTemplate> all = new ArrayList<>(TemplateCatalog.builtIn().all());
        all.removeIf(t -> t.id().equals("event"));
        all.add(evil);
        return new NoticeRenderer(new TemplateSource(all));
    }

    static Notice eventWithTitle(String title) {
        Notice n = SampleNotices.all().stream().filter(x -> x.templateId().equals("event")).findFirst().orElseThrow();
        return new Notice(n.id(), n.siteCode(), n.templateId(), n.category(), title, n.body(), n.fields(), n.period(),
                n.objectionContact(), n.issuer(), n.status(), n.origin(), n.author(), n.version(), n.updatedAt(),
                n.attachments(), n.templateVersion(), n.pinned(), n.urgent());
    }

    static void assertInert(String html) {
        Document d = Jsoup.parseBodyFragment(html);
        assertThat(d.select("script, style, iframe, object, embed, link, meta, base, form, svg")).isEmpty();
        for (Element e : d.getAllElements()) {
            assertThat(e.attributes().asList()).allSatisfy(a -> {
                assertThat(a.getKey()).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("href");
                assertThat(a.getValue().toLowerCase()).doesNotContain("javascript:");
            });
        }
        assertThat(d.select("img[src]")).allSatisfy(img -> assertThat(img.attr("src")).matches("data:image/(png|jpeg|gif);base64,.*"));
    }

    @Test
    void theKioskFragmentAndTheBoardPagesOfAnEvilTemplateAreInert() {
        NoticeRenderer renderer = rendererWithEvilEvent();
        Notice n = eventWithTitle("<b onmouseover=alert(5)>重阳节</b>");

        String unclean = renderer.uncleanedArticle(n, Medium.KIOSK, null);
        assertThat(unclean).as("the attack is really in the template's output").contains("<script>").contains("onerror")
                .contains("onmouseover");

        String fragment = renderer.kioskFragment(n, "https://zwgk.example.gov.cn/n/1");
        assertInert(fragment);
        assertInert(String.join("", renderer.screenPages(n, null)));
        assertInert(renderer.printDocument(List.of(n), Paper.A4, x -> null).replaceFirst("(?s)<head>.*?</head>", ""));
        // the notice itself is still there: title text, the layout, the QR code as an inline PNG
        Document d = Jsoup.parseBodyFragment(fragment);
        assertThat(d.select("article.zb-notice").attr("data-notice-id")).isEqualTo(n.id());
        assertThat(d.select("h1.zb-title").text()).isEqualTo("<b onmouseover=alert(5)>重阳节</b>");
        assertThat(d.select(".zb-qr img").attr("src")).startsWith("data:image/png;base64,");
        assertThat(d.text()).contains("点此");
    }

    @Test
    void everyBuiltInSampleLeavesTheAllowListUnchanged() {
        NoticeRenderer renderer = NoticeRenderer.builtIn();
        for (Notice n : SampleNotices.all()) {
            for (Medium m : Medium.values()) {
                assertThat(NoticeHtml.isClean(renderer.uncleanedArticle(n, m, "https://zwgk.example.gov.cn/n/1")))
                        .as(n.templateId() + " " + m).isTrue();
            }
        }
    }
}
