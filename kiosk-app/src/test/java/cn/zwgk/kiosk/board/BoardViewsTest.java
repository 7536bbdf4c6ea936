package cn.zwgk.kiosk.board;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.kiosk.testing.KioskViewTest;
import cn.zwgk.kiosk.testing.ViewFixture;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The board screen and the archive on the view fixture (today 2026-11-23 by the kiosk's clock). */
class BoardViewsTest extends KioskViewTest {

    @Test
    void theBoardShowsACurrentNoticeOfThisCommunityWithClockAndPosition() {
        navigate(BoardView.class);
        String stage = $(Div.class).id("board-stage").getElement().getOuterHTML();
        assertThat(Jsoup.parse(stage).select(".zb-screen-page")).hasSize(1);
        assertThat($(Span.class).id("board-clock").getText()).startsWith("2026年11月23日 星期一 10:00");
        assertThat($(Span.class).id("board-position").getText()).startsWith("第 1 条 / 共 ");
        assertThat(stage).doesNotContain("10000000-0000-4000-8000-000000000002", "10000000-0000-4000-8000-000000000004");
    }

    @Test
    void anUrgentCentralNoticeTakesOverTheBoardUntilWithdrawn() {
        cn.zwgk.core.notice.Notice urgent = new cn.zwgk.core.notice.Notice("20000000-0000-4000-8000-000000000001", "110199",
                "notice", "通知", "暴雨红色预警：请居民减少外出", "正文", java.util.Map.of(),
                new cn.zwgk.core.notice.PublicityPeriod(ViewFixture.TODAY, null), null, "城东区人民政府办公室",
                cn.zwgk.core.notice.NoticeStatus.PUBLISHED, cn.zwgk.core.notice.NoticeOrigin.CENTRAL, "central", 1,
                java.time.Instant.now(), java.util.List.of(), 1, false, true);
        cn.zwgk.kiosk.notice.NoticeStore store = new cn.zwgk.kiosk.notice.NoticeStore();
        database().useTransaction(c -> store.put(c, urgent));
        try {
            navigate(BoardView.class);
            String stage = $(Div.class).id("board-stage").getElement().getOuterHTML();
            assertThat(Jsoup.parse(stage).select(".board-urgent-banner").text()).isEqualTo("紧急通知");
            assertThat(Jsoup.parse(stage).select(".zb-title").text()).isEqualTo("暴雨红色预警：请居民减少外出");
            database().useTransaction(c -> store.put(c, urgent.withStatus(cn.zwgk.core.notice.NoticeStatus.WITHDRAWN,
                    "central", java.time.Instant.now())));
            ((BoardView) getCurrentView()).tick(false);
            String after = $(Div.class).id("board-stage").getElement().getOuterHTML();
            assertThat(Jsoup.parse(after).select(".board-urgent-banner")).isEmpty();
            assertThat(Jsoup.parse(after).select(".zb-title").text()).isNotEqualTo("暴雨红色预警：请居民减少外出");
        } finally {
            database().useTransaction(c -> store.remove(c, urgent.id()));
        }
    }

    @Test
    void expiredNoticesAreListedInTheArchive() {
        navigate(BoardArchiveView.class);
        assertThat($(UnorderedList.class).id("archive-list").getElement().getTextRecursively()).isNotBlank();
        assertThat(services.board().snapshot().archive()).extracting(n -> n.id()).contains(ViewFixture.NOTICE_EXPIRED)
                .doesNotContain(ViewFixture.NOTICE_WITHDRAWN, ViewFixture.NOTICE_FUTURE);
    }
}
