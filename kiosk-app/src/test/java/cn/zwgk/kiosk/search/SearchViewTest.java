package cn.zwgk.kiosk.search;

import static cn.zwgk.kiosk.testing.ViewFixture.ITEM_HANT_DOC;
import static cn.zwgk.kiosk.testing.ViewFixture.NOTICE_SUBSISTENCE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.kiosk.catalogue.DomainView;
import cn.zwgk.kiosk.catalogue.ItemView;
import cn.zwgk.kiosk.notice.NoticeView;
import cn.zwgk.kiosk.system.KioskApp;
import cn.zwgk.kiosk.system.KioskConfig;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.testing.KioskViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The search screen on the real kiosk wiring with a started index over the view-test dataset. */
class SearchViewTest extends KioskViewTest {
    private static SearchIndexer index;

    @Override
    protected KioskServices services(KioskConfig config) {
        if (index == null) {
            index = KioskApp.searchIndexer(database(), config);
            index.start();
        }
        return KioskApp.services(database(), config, clock(), index);
    }

    @AfterAll
    static void closeIndex() {
        if (index != null) {
            index.close();
            index = null;
        }
    }

    @BeforeEach
    void openSearch() throws InterruptedException {
        assertThat(index.awaitIdle(30, TimeUnit.SECONDS)).isTrue();
        navigate(SearchView.class);
    }

    private void type(String text) {
        test($(TextField.class).id("search-field")).setValue(text);
    }

    private String status() {
        return $(Paragraph.class).id("search-status").getText();
    }

    private List<RouterLink> results() {
        return $(RouterLink.class).withClassName("search-result").all();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private void press(String id) {
        test($(NativeButton.class).id(id)).click();
    }

    @Test
    void beforeTypingTheScreenSaysWhatToDo() {
        assertThat(status()).isEqualTo("请输入要查找的内容，结果会马上显示在这里。");
        assertThat(results()).isEmpty();
    }

    @Test
    void typingSimplifiedShowsTraditionalItemsWithDomainAndMarks() {
        type("社会保险");

        assertThat(status()).startsWith("找到 ");
        RouterLink hit = results().stream().filter(r -> text(r).contains("社會保險費繳費基數公示")).findFirst().orElseThrow();
        assertThat(text(hit)).startsWith("公开事项 · 社会保险");
        assertThat(hit.getElement().getOuterHTML()).contains("<mark class=\"search-hit\">社會保險</mark>");

        test(hit).click();
        assertThat(getCurrentView()).isInstanceOf(ItemView.class);
        assertThat(currentPath()).isEqualTo("item/" + ITEM_HANT_DOC);
    }

    @Test
    void aNoticeResultOpensTheNotice() {
        type("最低生活保障");

        RouterLink hit = results().stream().filter(r -> text(r).startsWith("居务公开")).findFirst().orElseThrow();
        test(hit).click();
        assertThat(getCurrentView()).isInstanceOf(NoticeView.class);
        assertThat(currentPath()).isEqualTo("notice/" + NOTICE_SUBSISTENCE);
    }

    @Nested
    class LetterPad {
        @Test
        void pinyinInitialsTypedOnThePadFindNames() {
            press("pad-key-S");
            press("pad-key-H");
            press("pad-key-B");
            press("pad-key-X");

            assertThat($(TextField.class).id("search-field").getValue()).isEqualTo("SHBX");
            assertThat(results()).extracting(SearchViewTest::text).anySatisfy(t -> assertThat(t).contains("社會保險費繳費基數公示"));
        }

        @Test
        void deleteRemovesOneLetterAndClearEmptiesTheField() {
            press("pad-key-D");
            press("pad-key-B");
            press("pad-delete");
            assertThat($(TextField.class).id("search-field").getValue()).isEqualTo("D");

            press("pad-clear");
            assertThat($(TextField.class).id("search-field").getValue()).isEmpty();
            assertThat(results()).isEmpty();
        }

        @Test
        void everyKeyIsABigButton() {
            List<NativeButton> keys = $(NativeButton.class).withClassName("pad-key").all();
            assertThat(keys).hasSize(28);
            assertThat(keys).extracting(NativeButton::getText).contains("A", "Z", "删除", "清空");
        }
    }

    @Nested
    class NothingFound {
        @Test
        void saysSoAndSuggestsDomainsAndPopularItems() {
            type("宇宙飞船");

            assertThat(status()).isEqualTo("没有找到“宇宙飞船”");
            assertThat($(RouterLink.class).withClassName("search-domain").all()).extracting(SearchViewTest::text)
                    .containsExactly("社会保险", "教育");
            assertThat($(RouterLink.class).withClassName("search-popular-item").all()).isNotEmpty();

            test($(RouterLink.class).withClassName("search-domain").first()).click();
            assertThat(getCurrentView()).isInstanceOf(DomainView.class);
        }
    }

    @Nested
    class BadInput {
        @Test
        void htmlInDataIsShownAsText() {
            type("灵活就业");

            RouterLink hit = results().getFirst();
            assertThat(text(hit)).contains("<b>灵活就业</b>人员参保缴费");
            assertThat(hit.getElement().getOuterHTML()).contains("&lt;b&gt;").doesNotContain("<b>");
        }

        @Test
        void htmlAndSqlInTheQueryAreHarmless() {
            type("<script>alert(1)</script>");
            assertThat(status()).isEqualTo("没有找到“<script>alert(1)</sc…”");
            assertThat($(Paragraph.class).id("search-status").getElement().getOuterHTML()).doesNotContain("<script>");

            type("' OR 1=1 --");
            assertThat(status()).startsWith("没有找到");
        }

        @Test
        void aVeryLongQueryIsCutAndSaysSo() {
            type("社会保险".repeat(500));

            assertThat(status()).startsWith("您输入的内容太长，只按前 100 个字查找。");
        }

        @Test
        void emojiAloneGetsAHint() {
            type("😀😀😀");

            assertThat(status()).isEqualTo("无法按这些符号查找。请输入汉字、拼音首字母或文号。");
        }
    }

    private String currentPath() {
        return com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
