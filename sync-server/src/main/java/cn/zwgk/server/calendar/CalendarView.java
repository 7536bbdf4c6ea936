package cn.zwgk.server.calendar;

import cn.zwgk.core.calendar.WorkingCalendar;
import cn.zwgk.core.staff.Role;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The working-day calendar (holidays and 调休 working weekends) per year: every legal deadline is counted on it.
 * The central admin enters next year's State Council arrangement here; it syncs to every kiosk.
 */
@Route("calendar")
@PageTitle("工作日历 - 政务公开管理控制台")
@RequiresRole(Role.CENTRAL_ADMIN)
public class CalendarView extends VerticalLayout {
    private final ConsoleServices services;
    private final ComboBox<Integer> year = new ComboBox<>("年份");
    private final TextArea holidays = new TextArea("放假的工作日（每行一个日期，如 2027-01-01）");
    private final TextArea workdays = new TextArea("调休上班的周末（每行一个日期）");
    private final Paragraph state = new Paragraph();
    private final TextArea notice = new TextArea("或粘贴国务院办公厅《关于某年部分节假日安排的通知》原文");
    private final Paragraph noticeNotes = new Paragraph();

    public CalendarView(ConsoleServices services) {
        this.services = services;
        int now = services.clock().instant().atZone(services.zone()).getYear();
        year.setItems(IntStream.rangeClosed(now - 1, now + 1).boxed().toList());
        year.setValue(now);
        year.addValueChangeListener(e -> load());
        holidays.setWidth("24em");
        holidays.setHeight("24em");
        workdays.setWidth("24em");
        workdays.setHeight("24em");
        Button save = new Button("保存并同步到终端", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        notice.setWidth("49em");
        notice.setHeight("10em");
        notice.setId("calendar-notice");
        noticeNotes.setId("calendar-notice-notes");
        Button read = new Button("从通知识别（识别后请核对再保存）", e -> readNotice());
        add(new H3("工作日历"), new Paragraph("依申请公开的答复期限、主动公开时限都按工作日计算。每年国务院办公厅公布放假安排后，在此录入下一年；"
                + "保存后，办理中申请的答复期限随即重新计算，变化的会通知承办人。"),
                year, state, notice, read, noticeNotes, new HorizontalLayout(holidays, workdays), save);
        load();
    }

    private void load() {
        List<WorkingCalendar> all = services.calendars().all(ConsoleSession.require());
        WorkingCalendar y = all.stream().filter(c -> c.year() == year.getValue()).findFirst().orElse(null);
        holidays.setValue(y == null ? "" : lines(y.holidays()));
        workdays.setValue(y == null ? "" : lines(y.adjustedWorkdays()));
        state.setText(y == null ? year.getValue() + " 年还没有日历：跨入该年的期限暂按周一至周五计算（暂定），请录入。"
                : year.getValue() + " 年日历第 " + y.version() + " 版：节假日 " + y.holidays().size() + " 天，调休上班 "
                        + y.adjustedWorkdays().size() + " 天。");
    }

    private void readNotice() {
        var parsed = cn.zwgk.core.calendar.HolidayNoticeParser.parse(year.getValue(), notice.getValue());
        holidays.setValue(lines(parsed.holidays()));
        workdays.setValue(lines(parsed.adjustedWorkdays()));
        noticeNotes.setText("识别出放假的工作日 " + parsed.holidays().size() + " 天、调休上班 " + parsed.adjustedWorkdays().size()
                + " 天，请与通知核对后保存。" + (parsed.notes().isEmpty() ? "" : "请注意：" + String.join("；", parsed.notes())));
    }

    private void save() {
        try {
            var saved = services.calendars().save(ConsoleSession.require(), year.getValue(), dates(holidays.getValue()),
                    dates(workdays.getValue()));
            Messages.showDone(year.getValue() + " 年工作日历已保存，终端同步后生效；" + saved.movedDueDates()
                    + " 件办理中申请的答复期限已重新计算");
            load();
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
    }

    private static List<LocalDate> dates(String text) {
        List<LocalDate> out = new ArrayList<>();
        for (String line : text.split("[\\s,，、]+")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(LocalDate.parse(line.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("「" + line.strip() + "」不是日期，请写成 2027-01-01 的形式");
            }
        }
        return out;
    }

    private static String lines(List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining("\n"));
    }
}
