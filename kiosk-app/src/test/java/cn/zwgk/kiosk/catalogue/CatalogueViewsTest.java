package cn.zwgk.kiosk.catalogue;

import static cn.zwgk.kiosk.testing.ViewFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.kiosk.notice.NoticeListView;
import cn.zwgk.kiosk.testing.KioskViewTest;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouterLink;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogueViewsTest extends KioskViewTest {

    @Test
    void homeShowsOnlyDomainsWithItemsWithTheirCounts() {
        navigate(HomeView.class);
        List<RouterLink> tiles = $(RouterLink.class).withClassName("domain-tile").all();
        assertThat(tiles).extracting(CatalogueViewsTest::text).containsExactly("社会保险3 项", "教育1 项");
    }

    @Test
    void everyResidentScreenOffersStaffTheirWayInAtTheBottom() {
        // the locked-down kiosk browser has no address bar: without this link staff mode is unreachable
        navigate(HomeView.class);
        Anchor entry = $(Anchor.class).id("staff-entry");
        assertThat(entry.getText()).isEqualTo("工作人员");
        assertThat(entry.getHref()).isEqualTo("staff");
    }

    @Test
    void homeLeadsToTheCommunityNoticesAndCountsTheVisibleOnes() {
        navigate(HomeView.class);
        RouterLink entry = $(RouterLink.class).withClassName("notice-entry").single();
        assertThat(text(entry)).contains("居务公开").contains("现有公告 4 条");
        test(entry).click();
        assertThat(getCurrentView()).isInstanceOf(NoticeListView.class);
    }

    @Test
    void residentGoesFromHomeThroughDomainAndLevel1ToTheItemAndBackUp() {
        navigate(HomeView.class);
        test($(RouterLink.class).withClassName("domain-tile").withCondition(t -> text(t).contains("社会保险")).single()).click();
        assertThat(getCurrentView()).isInstanceOf(DomainView.class);
        assertThat(text($(H1.class).single())).isEqualTo("社会保险");
        assertThat(breadcrumb()).isEqualTo("首页›社会保险");
        assertThat($(RouterLink.class).withClassName("level1-row").all()).extracting(CatalogueViewsTest::text)
                .containsExactly(ENROL_LEVEL1 + "2 项", HANT_LEVEL1 + "1 项");

        test($(RouterLink.class).withClassName("level1-row").first()).click();
        assertThat(getCurrentView()).isInstanceOf(Level1View.class);
        assertThat(text($(H1.class).single())).isEqualTo(ENROL_LEVEL1);
        assertThat(breadcrumb()).isEqualTo("首页›社会保险›" + ENROL_LEVEL1);
        assertThat($(RouterLink.class).withClassName("item-row").all()).extracting(CatalogueViewsTest::text)
                .containsExactly("城乡居民基本养老保险参保登记", "<b>灵活就业</b>人员参保缴费");

        test($(RouterLink.class).withClassName("item-row").first()).click();
        assertThat(getCurrentView()).isInstanceOf(ItemView.class);
        assertThat(breadcrumb()).isEqualTo("首页›社会保险›" + ENROL_LEVEL1 + "›城乡居民基本养老保险参保登记");

        test(backButton()).click();
        assertThat(getCurrentView()).isInstanceOf(Level1View.class);
        test(backButton()).click();
        assertThat(getCurrentView()).isInstanceOf(DomainView.class);
        test(backButton()).click();
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void level1AddressesCarryNoChineseAndSurviveAReload() {
        String key = Level1Entry.keyOf(HANT_LEVEL1);
        assertThat(key).matches("[0-9a-f]{12}");
        navigate("level1/" + SOCIAL + "/" + key, Level1View.class);
        assertThat(text($(H1.class).single())).isEqualTo(HANT_LEVEL1);
        assertThat(text($(RouterLink.class).withClassName("item-row").single()))
                .contains("社會保險費繳費基數公示").contains("城人社發〔2026〕12號");
    }

    @Test
    void itemShowsEveryElementOfTheStandardCatalogue() {
        navigate(ItemView.class, ITEM_ENROL);
        assertThat(elements()).containsExactly(
                Map.entry("事项名称", "城乡居民基本养老保险参保登记"),
                Map.entry("一级事项", ENROL_LEVEL1),
                Map.entry("公开内容", "公开参保登记的办理条件、所需材料和办理流程。"),
                Map.entry("公开依据", "《中华人民共和国社会保险法》"),
                Map.entry("公开时限", "信息形成或者变更之日起20个工作日内"),
                Map.entry("公开主体", "城东区人力资源和社会保障局"),
                Map.entry("公开方式", "主动公开"),
                Map.entry("公开渠道和载体", "政府网站、政务服务中心"),
                Map.entry("公开对象", "全社会"),
                Map.entry("公开层级", "县级"));
        assertThat($(Paragraph.class).withClassName("language-note").exists()).isFalse();
    }

    @Test
    void aDocumentShowsItsMetadataAndATraditionalItemSaysItIsTheOriginal() {
        navigate(ItemView.class, ITEM_HANT_DOC);
        Map<String, String> doc = elements($(DescriptionList.class).withClassName("document-elements").single());
        assertThat(doc).containsEntry("索引号", "000014349/2026-00222").containsEntry("文号", "城人社發〔2026〕12號")
                .containsEntry("发布机构", "城東區人力資源和社會保障局").containsEntry("成文日期", "2026年3月2日")
                .containsEntry("发布日期", "2026年3月5日").containsEntry("主题分类", "勞動、人事、監察\\社會保障")
                .containsEntry("有效性", "有效");
        assertThat($(Paragraph.class).withClassName("language-note").single().getText()).isEqualTo("本条目为繁体中文原文");
        assertThat(elements()).as("an item published at two levels lists both").containsEntry("公开层级", "县级、乡（镇）级");
    }

    @Test
    void theQrCodeEncodesTheItemsUrlWithTheUrlInTextBelow() throws Exception {
        navigate(ItemView.class, ITEM_ENROL);
        Image code = $(Image.class).withClassName("qr-code").single();
        assertThat(code.getAlt()).hasValueSatisfying(alt -> assertThat(alt).contains("二维码"));
        assertThat(decode(code.getSrc())).isEqualTo(ENROL_URL);
        assertThat($(Paragraph.class).withClassName("qr-url").single().getText()).isEqualTo(ENROL_URL);
        assertThat($(Paragraph.class).withClassName("qr-hint").single().getText()).isEqualTo("用手机扫码，在手机上查看");
    }

    @Test
    void anItemWithoutAUrlSaysSoInsteadOfShowingACode() {
        navigate(ItemView.class, ITEM_LONG);
        assertThat($(Image.class).withClassName("qr-code").exists()).isFalse();
        assertThat($(Paragraph.class).withClassName("qr-none").single().getText()).isEqualTo("本事项暂无网上页面");
    }

    @Test
    void anItemWithMissingFieldsAndAnInvalidUrlStaysReadableAndShowsNoCode() {
        navigate(ItemView.class, ITEM_BARE);
        assertThat(text($(H1.class).single())).isEqualTo("<b>灵活就业</b>人员参保缴费");
        assertThat(tags($(H1.class).single().getElement())).containsOnly("h1", "span");
        assertThat(elements()).containsEntry("公开依据", "暂无此项信息").containsEntry("公开时限", "暂无此项信息")
                .containsEntry("公开渠道和载体", "暂无此项信息").containsEntry("公开对象", "暂无此项信息")
                .containsEntry("公开方式", "暂无此项信息").containsEntry("公开层级", "暂无此项信息");
        assertThat($(Image.class).withClassName("qr-code").exists()).isFalse();
        assertThat($(Paragraph.class).withClassName("qr-none").single().getText()).isEqualTo("本事项暂无网上页面");
        assertThat(attributeValues(getCurrentView().getElement())).noneMatch(v -> v.contains("javascript:"));
    }

    @Test
    void aLongPolicyTextIsShownWhole() {
        navigate(ItemView.class, ITEM_LONG);
        assertThat(elements().get("公开内容")).hasSize(8_000).isEqualTo(LONG_TEXT);
    }

    @Test
    void linkedInterpretationAndHotQuestionOpenFromTheItemAndLeadBackToIt() {
        navigate(ItemView.class, ITEM_ENROL);
        List<RouterLink> linked = $(RouterLink.class).withClassName("linked-row").all();
        assertThat(linked).extracting(CatalogueViewsTest::text).containsExactly(
                "政策解读《城乡居民基本养老保险参保登记办法》政策解读", "热点问答参保登记需要带哪些材料？");

        test(linked.get(1)).click();
        assertThat(getCurrentView()).isInstanceOf(ItemView.class);
        assertThat(text($(H1.class).single())).isEqualTo("热点问答参保登记需要带哪些材料？");
        assertThat(elements()).containsEntry("问题", "参保登记需要带哪些材料？")
                .containsEntry("解答", "带居民身份证和户口簿到社区服务站办理。");
        test(backButton()).click();
        assertThat(text($(H1.class).single())).isEqualTo("城乡居民基本养老保险参保登记");
    }

    @Nested
    class UnknownOrStaleAddresses {

        @Test
        void anUnknownItemSaysSoAndOffersTheWayHome() {
            for (String id : List.of("nope", MISSING_TARGET, "x".repeat(2_000), "'; DROP TABLE catalogue_item; --")) {
                navigate(ItemView.class, id);
                assertThat($(Paragraph.class).withClassName("empty").single().getText()).startsWith("没有找到这个事项");
                assertThat(backButton().getHref()).isEmpty();
            }
        }

        @Test
        void anUnknownDomainSaysSo() {
            navigate(DomainView.class, "no-such-domain");
            assertThat($(Paragraph.class).withClassName("empty").single().getText()).startsWith("没有找到这个领域");
            navigate(DomainView.class, "<script>alert(1)");
            assertThat($(Paragraph.class).withClassName("empty").single().getText()).startsWith("没有找到这个领域");
        }

        @Test
        void anAddressWithNoScreenGetsAChineseMessageInsideTheKioskFrame() {
            navigate("domain/a/b/<script>", PageNotFoundView.class);
            assertThat(text($(H1.class).single())).isEqualTo("没有找到这个页面");
            assertThat(backButton().getHref()).isEmpty();
        }

        @Test
        void aStaleLevel1KeySaysSoAndLeadsBackToItsDomain() {
            navigate("level1/" + SOCIAL + "/000000000000", Level1View.class);
            assertThat($(Paragraph.class).withClassName("empty").single().getText()).startsWith("没有找到这个类别");
            assertThat(backButton().getHref()).isEqualTo("domain/" + SOCIAL);
            navigate("level1/nowhere/000000000000", Level1View.class);
            assertThat($(Paragraph.class).withClassName("empty").single().getText()).startsWith("没有找到这个领域");
        }
    }

    static List<String> tags(com.vaadin.flow.dom.Element element) {
        List<String> tags = new java.util.ArrayList<>();
        if (!element.isTextNode()) {
            tags.add(element.getTag());
            element.getChildren().forEach(child -> tags.addAll(tags(child)));
        }
        return tags;
    }

    static List<String> attributeValues(com.vaadin.flow.dom.Element element) {
        List<String> values = new java.util.ArrayList<>();
        if (element.isTextNode()) {
            return values;
        }
        element.getAttributeNames().forEach(name -> values.add(String.valueOf(element.getAttribute(name))));
        element.getChildren().forEach(child -> values.addAll(attributeValues(child)));
        return values;
    }

    static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private RouterLink backButton() {
        return $(RouterLink.class).withClassName("back-button").single();
    }

    private String breadcrumb() {
        return $(cn.zwgk.kiosk.ui.Breadcrumb.class).single().getElement().getTextRecursively();
    }

    private Map<String, String> elements() {
        return elements($(DescriptionList.class).withClassName("item-elements").first());
    }

    private static Map<String, String> elements(DescriptionList list) {
        Map<String, String> map = new LinkedHashMap<>();
        List<com.vaadin.flow.dom.Element> children = list.getElement().getChildren().toList();
        for (int i = 0; i + 1 < children.size(); i += 2) {
            map.put(children.get(i).getTextRecursively(), children.get(i + 1).getTextRecursively());
        }
        return map;
    }

    static String decode(String dataUrl) throws Exception {
        assertThat(dataUrl).startsWith("data:image/png;base64,");
        byte[] png = Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(560);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
    }
}
