package cn.zwgk.server.console;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.fleet.FleetService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;

/** The front page: what needs attention today, per the user's roles. */
@Route("")
@PageTitle("首页 - 政务公开管理控制台")
public class DashboardView extends VerticalLayout {

    public DashboardView(ConsoleServices services) {
        StaffSession staff = ConsoleSession.require();
        add(new H3("您好，" + staff.displayName()));
        FlexLayout tiles = new FlexLayout();
        tiles.addClassName("console-tiles");
        if (staff.has(Role.CENTRAL_ADMIN) || staff.has(Role.CATALOGUE_EDITOR)) {
            List<FleetService.FleetRow> fleet = services.fleet().kiosks(staff);
            long missed = fleet.stream().filter(FleetService.FleetRow::missedTwoNights).count();
            tiles.add(tile("终端", fleet.size() + " 台", missed == 0 ? "全部按时同步" : missed + " 台已错过两次夜间同步"));
        }
        if (staff.has(Role.REQUEST_OFFICER) || staff.has(Role.CENTRAL_ADMIN)) {
            var reminders = services.requests().reminders();
            int overdue = reminders.overdue(staff).size();
            int nearDue = reminders.nearDue(staff).size();
            Div late = tile("已超期申请", overdue + " 件", overdue == 0 ? "没有超期" : "请立即处理");
            if (overdue > 0) {
                late.addClassName("warn");
            }
            Div soon = tile("即将到期申请", nearDue + " 件", "5 个工作日内到期");
            for (Div t : List.of(late, soon)) {
                t.getElement().addEventListener("click", e -> getUI()
                        .ifPresent(ui -> ui.navigate(cn.zwgk.server.request.RequestDeskView.class)));
                tiles.add(t);
            }
        }
        if (staff.has(Role.CENTRAL_ADMIN) || staff.has(Role.REQUEST_OFFICER)) {
            services.calendars().missingCalendarWarning(services.requests().desk().today()).ifPresent(text -> {
                Div calendar = tile("工作日历", "待录入", text);
                calendar.addClassName("warn");
                calendar.setId("calendar-missing");
                if (staff.has(Role.CENTRAL_ADMIN)) {
                    calendar.getElement().addEventListener("click", e -> getUI()
                            .ifPresent(ui -> ui.navigate(cn.zwgk.server.calendar.CalendarView.class)));
                }
                tiles.add(calendar);
            });
        }
        add(new StaffMessagesPanel(services.requests().messages(), staff));
        if (tiles.getComponentCount() == 0) {
            add(new Paragraph("请从左侧菜单选择要办理的工作。"));
        }
        add(tiles);
    }

    static Div tile(String title, String figure, String note) {
        Div tile = new Div(new Span(title), new H3(figure), new Paragraph(note));
        tile.addClassName("console-tile");
        return tile;
    }
}
