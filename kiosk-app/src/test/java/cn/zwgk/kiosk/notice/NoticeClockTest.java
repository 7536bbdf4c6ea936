package cn.zwgk.kiosk.notice;

import static cn.zwgk.kiosk.testing.ViewFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.kiosk.testing.KioskViewTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The same notices a week later by the kiosk's own clock (no network needed to take notices off). */
class NoticeClockTest extends KioskViewTest {

    @Override
    protected Clock clock() {
        return Clock.fixed(TODAY.plusDays(7).atTime(9, 0).atZone(ZONE).toInstant(), ZONE);
    }

    @Test
    void aNoticeLeavesTheListAndItsAddressWhenItsPeriodEnds() {
        navigate(NoticeListView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("新增城乡最低生活保障对象")
                .contains("居住证申领办事指南");
        navigate(NoticeView.class, NOTICE_SUBSISTENCE);
        assertThat($(Paragraph.class).withClassName("empty").single().getText()).startsWith("没有找到这条公告");
    }

    @Test
    void aNoticeAppearsWhenItsPeriodBegins() {
        navigate(NoticeView.class, NOTICE_FUTURE);
        assertThat($(H1.class).single().getElement().getTextRecursively()).isEqualTo("关于举办社区跳蚤市场活动的通知");
    }
}
