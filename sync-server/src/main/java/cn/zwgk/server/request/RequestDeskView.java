package cn.zwgk.server.request;

import cn.zwgk.core.request.RequestState;
import cn.zwgk.core.staff.Role;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The request desk's list: filter by state, due within N working days, overdue, department, or find by tracking
 * code. No personal data here; the detail page shows it (and the reading is audit-logged).
 */
@Route("requests")
@PageTitle("依申请公开 - 政务公开管理控制台")
@RequiresRole({Role.REQUEST_OFFICER, Role.CENTRAL_ADMIN})
public class RequestDeskView extends VerticalLayout {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private final ConsoleServices services;
    private final Grid<RequestSummary> grid = new Grid<>();
    private final ComboBox<RequestState> state = new ComboBox<>("状态");
    private final IntegerField dueWithin = new IntegerField("几个工作日内到期");
    private final Checkbox overdue = new Checkbox("只看已超期");
    private final TextField department = new TextField("承办部门");
    private final TextField code = new TextField("查询码");
    private final Span count = new Span();

    public RequestDeskView(ConsoleServices services) {
        this.services = services;
        state.setItems(RequestState.values());
        state.setItemLabelGenerator(RequestState::label);
        state.setClearButtonVisible(true);
        dueWithin.setMin(1);
        dueWithin.setMax(60);
        dueWithin.setClearButtonVisible(true);
        code.setPlaceholder("如 3KQ-7M9-PX2A");
        Button search = new Button("查询", e -> reload());
        HorizontalLayout filters = new HorizontalLayout(code, state, dueWithin, overdue, department, search);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(RequestSummary::trackingCode).setHeader("查询码").setAutoWidth(true);
        grid.addColumn(s -> s.receivedDate().format(DAY)).setHeader("收到日期").setAutoWidth(true).setSortable(true)
                .setComparator(RequestSummary::receivedDate);
        grid.addColumn(s -> s.state().label()).setHeader("状态").setAutoWidth(true);
        grid.addColumn(s -> RequestTexts.due(s, services.requests().desk().today())).setHeader("答复期限")
                .setAutoWidth(true).setSortable(true)
                .setComparator((a, b) -> RequestTexts.compareDue(a.dueDate(), b.dueDate()));
        grid.addColumn(s -> s.department() == null ? "未登记" : s.department()).setHeader("承办部门").setAutoWidth(true);
        grid.addColumn(s -> s.applicantType().label()).setHeader("申请人类型").setAutoWidth(true);
        grid.addColumn(s -> s.siteCode()).setHeader("受理站点").setAutoWidth(true);
        grid.addColumn(s -> s.clockDoubt() ? "终端时钟存疑，请核实收到日期" : "").setHeader("提示").setFlexGrow(1);
        grid.setPartNameGenerator(s -> RequestTexts.urgency(s, services.requests().desk().today()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(RequestDetailView.class, e.getItem().id())));

        add(new H3("依申请公开办理"), filters, count, grid);
        setSizeFull();
        reload();
    }

    private void reload() {
        var who = ConsoleSession.require();
        List<RequestSummary> rows;
        if (!code.getValue().isBlank()) {
            rows = services.requests().desk().findByCode(who, code.getValue());
        } else {
            int within = dueWithin.getValue() == null ? 0 : dueWithin.getValue();
            rows = services.requests().desk().list(who,
                    new RequestFilter(state.getValue(), within, overdue.getValue(), department.getValue(), 500));
        }
        grid.setItems(rows);
        count.setText(rows.isEmpty() ? "没有符合条件的申请" : "共 " + rows.size() + " 件（点击一行查看和办理）");
    }
}
