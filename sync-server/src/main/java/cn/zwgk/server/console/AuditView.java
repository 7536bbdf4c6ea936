package cn.zwgk.server.console;

import cn.zwgk.core.staff.Role;
import cn.zwgk.server.audit.AuditEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;

/** The audit log for the central admin: newest first, filter by actor or target. */
@Route("audit")
@PageTitle("审计日志 - 政务公开管理控制台")
@RequiresRole(Role.CENTRAL_ADMIN)
public class AuditView extends VerticalLayout {

    public AuditView(ConsoleServices services) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(services.zone());
        TextField actor = new TextField("操作人");
        TextField target = new TextField("对象（前缀，如 staff: kiosk: request:）");
        Grid<AuditEntry> grid = new Grid<>();
        grid.addColumn(e -> time.format(e.at())).setHeader("时间").setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader("操作人").setAutoWidth(true);
        grid.addColumn(e -> AuditActions.label(e.action())).setHeader("操作").setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader("对象").setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader("详情").setFlexGrow(1);
        Runnable load = () -> grid.setItems(services.audit().recent(ConsoleSession.require(), actor.getValue(),
                target.getValue(), 500));
        Button search = new Button("查询", e -> load.run());
        HorizontalLayout filters = new HorizontalLayout(actor, target, search);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H3("审计日志"), filters, grid);
        setSizeFull();
        load.run();
    }
}
