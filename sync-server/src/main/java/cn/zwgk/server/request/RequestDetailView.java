package cn.zwgk.server.request;

import cn.zwgk.core.request.InfoRequest;
import cn.zwgk.core.privacy.Deidentification;
import cn.zwgk.core.request.RequestEvent;
import cn.zwgk.core.request.RequestEventType;
import cn.zwgk.core.staff.Role;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.time.format.DateTimeFormatter;

/**
 * One request: its state and derived due date, the applicant (masked until shown in full; every opening of
 * this page is audit-logged by the service), the full append-only history, and the actions the lifecycle
 * allows now.
 */
@Route("requests/detail")
@PageTitle("申请详情 - 政务公开管理控制台")
@RequiresRole({Role.REQUEST_OFFICER, Role.CENTRAL_ADMIN})
public class RequestDetailView extends VerticalLayout implements HasUrlParameter<String> {
    private final ConsoleServices services;
    private String id;

    public RequestDetailView(ConsoleServices services) {
        this.services = services;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        id = parameter;
        show();
    }

    void show() {
        removeAll();
        RequestDetail d;
        try {
            d = services.requests().desk().detail(ConsoleSession.require(), id);
        } catch (RuntimeException e) {
            add(new H3("找不到这件申请"), new Paragraph(Messages.text(e)), back());
            return;
        }
        RequestSummary s = d.summary();
        add(back(), new H3("申请 " + s.trackingCode() + " · " + s.state().label()));
        Paragraph due = new Paragraph("答复期限：" + RequestTexts.due(s, services.requests().desk().today())
                + (d.correctionNoticeDeadline() == null ? "" : "；如需补正，最迟于 " + d.correctionNoticeDeadline().text() + " 前一次性告知"));
        add(due);
        if (s.clockDoubt()) {
            Paragraph doubt = new Paragraph("受理终端提交时时钟偏差超过阈值：请核实收到日期（" + s.receivedDate() + "）。");
            doubt.addClassName("request-doubt");
            add(doubt);
        }
        add(applicant(d.request()), section("申请内容"), new Paragraph(d.request().description()),
                new Paragraph("信息形式：" + d.request().form().label()
                        + (d.request().formNote() == null ? "" : "（" + d.request().formNote() + "）")
                        + "；获取方式：" + d.request().delivery().label()));
        add(section("可办理的操作"), new RequestActions(services, s, d.allowed(), this::show));
        add(section("办理记录"), history(d));
    }

    private FormLayout applicant(InfoRequest r) {
        TextField name = readOnly("申请人", Deidentification.name(r.name()));
        TextField idNumber = readOnly(r.idType().label(), Deidentification.idNumber(r.idNumber()));
        TextField phone = readOnly("联系电话", Deidentification.phone(r.phone()));
        TextField contact = readOnly(r.email() != null ? "电子邮箱" : "邮寄地址",
                r.email() != null ? Deidentification.email(r.email()) : r.address() == null ? "—"
                        : Deidentification.address(r.address()));
        Button reveal = new Button("显示完整信息（将记入审计日志）", e -> {
            name.setValue(r.name());
            idNumber.setValue(r.idNumber());
            phone.setValue(r.phone());
            contact.setValue(r.email() != null ? r.email() : r.address() == null ? "—" : r.address());
            e.getSource().setEnabled(false);
        });
        FormLayout form = new FormLayout(readOnly("申请人类型", r.applicantType().label()
                + (r.organisationKind() == null ? "" : " · " + r.organisationKind().label())), name, idNumber, phone,
                contact, readOnly("提交时间（终端时钟）", r.submittedDate() + " " + r.zone()), reveal);
        form.addClassName("request-section");
        return form;
    }

    private Grid<RequestEvent> history(RequestDetail d) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(services.zone());
        Grid<RequestEvent> grid = new Grid<>();
        grid.addColumn(e -> time.format(e.at())).setHeader("记录时间").setAutoWidth(true);
        grid.addColumn(e -> e.on() == null ? "" : e.on().toString()).setHeader("日期").setAutoWidth(true);
        grid.addColumn(e -> e.type().label()).setHeader("事项").setAutoWidth(true);
        grid.addColumn(RequestEvent::actor).setHeader("经办人").setAutoWidth(true);
        grid.addColumn(RequestDetailView::details).setHeader("说明").setFlexGrow(1);
        grid.addComponentColumn(e -> e.documentSha256() == null ? new Span() : document(e.documentSha256()))
                .setHeader("答复文书").setAutoWidth(true);
        grid.setItems(d.history());
        grid.setAllRowsVisible(true);
        grid.addClassName("request-history");
        return grid;
    }

    private Anchor document(String sha) {
        var path = services.requests().desk().replyDocument(ConsoleSession.require(), sha);
        if (path.isEmpty()) {
            return new Anchor("", "文书缺失");
        }
        Anchor link = new Anchor(DownloadHandler.forFile(path.get().toFile()), "下载");
        link.setTarget("_blank");
        return link;
    }

    static String details(RequestEvent e) {
        StringBuilder b = new StringBuilder();
        if (e.replyType() != null) {
            b.append(e.replyType().label());
            if (e.replyReason() != null) {
                b.append("：").append(e.replyReason().label());
            }
            b.append("。");
        }
        if (e.approver() != null) {
            b.append("批准人：").append(e.approver()).append("。");
        }
        if (e.deadline() != null) {
            b.append(e.type() == RequestEventType.CORRECTION_REQUESTED ? "补正期限：" : "期限：").append(e.deadline())
                    .append("。");
        }
        if (e.note() != null) {
            b.append(e.note());
        }
        return b.toString();
    }

    private static TextField readOnly(String label, String value) {
        TextField f = new TextField(label);
        f.setValue(value == null ? "" : value);
        f.setReadOnly(true);
        return f;
    }

    private static H4 section(String title) {
        H4 h = new H4(title);
        h.addClassName("request-section");
        return h;
    }

    private HorizontalLayout back() {
        return new HorizontalLayout(new Button("← 返回列表", e -> getUI().ifPresent(ui -> ui.navigate(RequestDeskView.class))));
    }
}
