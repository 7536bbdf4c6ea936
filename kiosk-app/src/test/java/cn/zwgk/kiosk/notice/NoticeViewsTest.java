package cn.zwgk.kiosk.notice;

import static cn.zwgk.kiosk.testing.ViewFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.kiosk.testing.KioskViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoticeViewsTest extends KioskViewTest {

    @Test
    void listShowsOnlyTodaysPublishedNoticesOfThisCommunityAndTheSitesAboveIt() {
        navigate(NoticeListView.class);
        assertThat(rows()).extracting(RouterLink::getHref)
                .containsExactlyInAnyOrder("notice/" + NOTICE_SUBSISTENCE, "notice/" + NOTICE_STREET,
                        "notice/" + NOTICE_GUIDE, "notice/" + NOTICE_FINANCE);
        assertThat(text($(H1.class).single())).isEqualTo("居务公开 · 东湖社区 · 东湖街道 · 城东区");
    }

    @Test
    void listGroupsByCategoryInTheTemplatesOrderAndShowsEachPublicityPeriod() {
        navigate(NoticeListView.class);
        assertThat($(H2.class).all()).extracting(NoticeViewsTest::text)
                .containsExactly("通知", "低保/特困名单", "财务收支", "办事指南");
        RouterLink subsistence = row(NOTICE_SUBSISTENCE);
        assertThat(text(subsistence)).contains("关于2026年11月新增城乡最低生活保障对象的公示")
                .contains("本社区 · 东湖社区居民委员会").contains("公示期：2026年11月20日 至 2026年11月26日");
        assertThat(text(row(NOTICE_GUIDE))).contains("公示期：长期");
        assertThat(text(row(NOTICE_STREET))).contains("东湖街道发布");
        assertThat(row(NOTICE_STREET).getClassNames()).contains("other-site");
    }

    @Test
    void aCategoryButtonNarrowsTheListAndAllBringsEverythingBack() {
        navigate(NoticeListView.class);
        Button finance = $(Button.class).withCondition(b -> b.getText().startsWith("财务收支")).single();
        assertThat(finance.getText()).isEqualTo("财务收支（1）");
        test(finance).click();
        assertThat(rows()).hasSize(1);
        assertThat(finance.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        test($(Button.class).withCondition(b -> b.getText().startsWith("全部")).single()).click();
        assertThat(rows()).hasSize(4);
    }

    @Test
    void aNoticeOpensWithItsListAsATableAndTheObjectionContact() {
        navigate(NoticeListView.class);
        test(row(NOTICE_SUBSISTENCE)).click();
        assertThat(getCurrentView()).isInstanceOf(NoticeView.class);
        assertThat(text($(H1.class).single())).isEqualTo("关于2026年11月新增城乡最低生活保障对象的公示");
        assertThat(text($(Component.class).withClassName("notice-meta").single()))
                .contains("东湖社区居民委员会（本社区）").contains("2026年11月20日 至 2026年11月26日");
        NativeTable table = $(NativeTable.class).single();
        assertThat(text(table.getHead())).isEqualTo("姓名人数保障金额");
        assertThat(table.getBody().getRows()).extracting(NoticeViewsTest::text)
                .containsExactly("张*明3人1200元/月", "李*华1人650元/月", "王*芳2人980元/月");
        assertThat(text($(Component.class).withClassName("notice-objection").single()))
                .contains("如有异议").contains("010-65111001");
        test($(RouterLink.class).withClassName("back-button").single()).click();
        assertThat(getCurrentView()).isInstanceOf(NoticeListView.class);
    }

    @Test
    void financeFiguresAreTablesOfItemAndAmount() {
        navigate(NoticeView.class, NOTICE_FINANCE);
        List<NativeTable> tables = $(NativeTable.class).all();
        assertThat(tables).hasSize(2);
        assertThat(text(tables.get(1).getHead())).isEqualTo("支出项目金额");
        assertThat(tables.get(1).getBody().getRows()).hasSize(3);
        assertThat(text(getCurrentView().getElement())).contains("本期结余：68,699.50元");
    }

    @Test
    void noticesOutsideTheirPeriodWithdrawnOrOfAnotherCommunityDoNotOpenByAddressEither() {
        for (String id : List.of(NOTICE_EXPIRED, NOTICE_FUTURE, NOTICE_WITHDRAWN, NOTICE_NEIGHBOUR, "nope",
                "<img src=x onerror=alert(1)>")) {
            navigate(NoticeView.class, id);
            assertThat($(Paragraph.class).withClassName("empty").single().getText())
                    .as(id).startsWith("没有找到这条公告").contains("已过公示期或已撤回");
            assertThat($(NativeTable.class).exists()).isFalse();
        }
    }

    private List<RouterLink> rows() {
        return $(RouterLink.class).withClassName("notice-row").all();
    }

    private RouterLink row(String id) {
        return $(RouterLink.class).withClassName("notice-row").withCondition(r -> r.getHref().equals("notice/" + id))
                .single();
    }

    static String text(Component c) {
        return text(c.getElement());
    }

    static String text(com.vaadin.flow.dom.Element e) {
        return e.getTextRecursively();
    }
}
