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
    void expiredNoticesAreListedInTheArchive() {
        navigate(BoardArchiveView.class);
        assertThat($(UnorderedList.class).id("archive-list").getElement().getTextRecursively()).isNotBlank();
        assertThat(services.board().snapshot().archive()).extracting(n -> n.id()).contains(ViewFixture.NOTICE_EXPIRED)
                .doesNotContain(ViewFixture.NOTICE_WITHDRAWN, ViewFixture.NOTICE_FUTURE);
    }
}
