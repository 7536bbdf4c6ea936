package cn.zwgk.server.notice;

import cn.zwgk.core.staff.Role;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;

/** Notices published at kiosks that the server refused, kept for review; the kiosk keeps showing them locally. */
@Route("notices/refused")
@PageTitle("拒收的公告上传 - 政务公开管理控制台")
@RequiresRole(Role.CENTRAL_ADMIN)
public class NoticeRefusalsView extends VerticalLayout {
    private final ConsoleServices services;
    private final Grid<NoticeRefusals.Refusal> grid = new Grid<>();
    private final Checkbox reviewed = new Checkbox("也显示已审阅的");

    public NoticeRefusalsView(ConsoleServices services) {
        this.services = services;
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(services.zone());
        grid.addColumn(r -> time.format(r.receivedAt())).setHeader("收到时间").setAutoWidth(true);
        grid.addColumn(NoticeRefusals.Refusal::kioskId).setHeader("终端").setAutoWidth(true);
        grid.addColumn(r -> r.siteCode() == null ? "—" : r.siteCode()).setHeader("站点").setAutoWidth(true);
        grid.addColumn(r -> r.title() == null ? "（内容无法读取）" : r.title()).setHeader("公告标题").setFlexGrow(1);
        grid.addColumn(NoticeRefusals.Refusal::reason).setHeader("拒收原因").setFlexGrow(2);
        grid.addComponentColumn(r -> r.reviewedAt() != null ? new Span("已审阅")
                : new Button("标记已审阅", e -> markReviewed(r))).setHeader("操作").setAutoWidth(true);
        grid.setId("notice-refusals");
        reviewed.addValueChangeListener(e -> reload());
        add(new H3("拒收的公告上传"), new Paragraph("终端发布的公告不符合要求（例如引用的图片没有上传到中心）时被拒收，"
                + "保留在这里供核查；该公告仍在发布它的终端上显示，终端工作人员在“数据同步状态”页看到原因。"), reviewed, grid);
        setSizeFull();
        reload();
    }

    private void markReviewed(NoticeRefusals.Refusal r) {
        try {
            services.noticeRefusals().markReviewed(ConsoleSession.require(), r.id());
            reload();
        } catch (RuntimeException e) {
            Messages.showError(e);
        }
    }

    private void reload() {
        grid.setItems(services.noticeRefusals().list(ConsoleSession.require(), reviewed.getValue()));
    }
}
