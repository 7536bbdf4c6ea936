package cn.zwgk.server.request;

import cn.zwgk.core.staff.Role;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;

/**
 * Uploads from kiosks that were refused as malformed (kept for review, never lost): the reason, and the payload
 * for a person to read (audit-logged) and mark as reviewed — e.g. to call the applicant back.
 */
@Route("requests/refused")
@PageTitle("拒收的申请上传 - 政务公开管理控制台")
@RequiresRole({Role.REQUEST_OFFICER, Role.CENTRAL_ADMIN})
public class RefusedUploadsView extends VerticalLayout {
    private final ConsoleServices services;
    private final Grid<RefusedUpload> grid = new Grid<>();
    private final Checkbox reviewed = new Checkbox("也显示已审阅的");

    public RefusedUploadsView(ConsoleServices services) {
        this.services = services;
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(services.zone());
        grid.addColumn(r -> time.format(r.receivedAt())).setHeader("收到时间").setAutoWidth(true);
        grid.addColumn(RefusedUpload::kioskId).setHeader("终端").setAutoWidth(true);
        grid.addColumn(RefusedUpload::reason).setHeader("拒收原因").setFlexGrow(1);
        grid.addComponentColumn(r -> new HorizontalLayout(new Button("查看内容", e -> show(r)),
                new Button("标记已审阅", e -> {
                    services.requests().desk().markRefusalReviewed(ConsoleSession.require(), r.id());
                    reload();
                }))).setHeader("操作").setAutoWidth(true);
        reviewed.addValueChangeListener(e -> reload());
        add(new H3("拒收的申请上传"), new Paragraph("终端上传的申请不符合格式时被拒收并保留在这里，不会丢失。查看内容会记入审计日志。"),
                reviewed, grid);
        setSizeFull();
        reload();
    }

    private void show(RefusedUpload r) {
        try {
            String payload = services.requests().desk().refusedPayload(ConsoleSession.require(), r.id());
            Dialog d = new Dialog(new Paragraph(r.reason()), new Pre(payload));
            d.setHeaderTitle("拒收的上传 " + r.uploadId());
            d.setWidth("min(900px, 95vw)");
            d.getFooter().add(new Button("关闭", e -> d.close()));
            d.open();
        } catch (RuntimeException e) {
            Messages.showError(e);
        }
    }

    private void reload() {
        grid.setItems(services.requests().desk().refusedUploads(ConsoleSession.require(), reviewed.getValue()));
    }
}
