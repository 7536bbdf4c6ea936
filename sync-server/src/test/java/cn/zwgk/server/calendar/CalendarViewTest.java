package cn.zwgk.server.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zwgk.core.time.AppClock;
import cn.zwgk.server.console.ConsoleViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;

/** The central admin pastes next year's State Council notice, checks what was read, and saves it. */
class CalendarViewTest extends ConsoleViewTest {

    @Test
    @SuppressWarnings("unchecked")
    void theNoticeTextIsReadIntoTheDatesForThePersonToCheckAndSavingMakesTheYearOfficial() {
        int next = AppClock.testDay().getYear() + 1;
        actAs(admin());
        navigate(CalendarView.class);
        test((ComboBox<Integer>) $(ComboBox.class).single()).selectItem(String.valueOf(next));
        assertThat($(Paragraph.class).withText(next + " 年还没有日历：跨入该年的期限暂按周一至周五计算（暂定），请录入。").exists()).isTrue();

        test($(TextArea.class).withId("calendar-notice").single()).setValue("""
                一、元旦：1月1日至3日放假，共3天。
                二、说明：3月5日视情况另行通知。
                """);
        test($(Button.class).withText("从通知识别（识别后请核对再保存）").single()).click();
        String holidays = $(TextArea.class).withCaption("放假的工作日（每行一个日期，如 2027-01-01）").single().getValue();
        assertThat(holidays.lines()).isNotEmpty().allSatisfy(d -> assertThat(d).matches(next + "-01-0[123]"));
        assertThat($(Paragraph.class).withId("calendar-notice-notes").single().getText())
                .contains("请与通知核对后保存").contains("未识别").contains("3月5日");

        test($(Button.class).withText("保存并同步到终端").single()).click();
        assertThat(services.calendars().book().isOfficial(next)).isTrue();
        assertThat(services.calendars().book().year(next).holidays()).hasSize((int) holidays.lines().count());
    }
}
