package cn.zwgk.server.console;

import cn.zwgk.core.staff.Role;
import cn.zwgk.server.staff.StaffStore;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.stream.Collectors;

/** Staff accounts and roles, for the central admin. Every change is audit-logged by the service. */
@Route("staff")
@PageTitle("员工与角色 - 政务公开管理控制台")
@RequiresRole(Role.CENTRAL_ADMIN)
public class StaffView extends VerticalLayout {
    private final ConsoleServices services;
    private final Grid<StaffStore.Row> grid = new Grid<>();

    public StaffView(ConsoleServices services) {
        this.services = services;
        grid.addColumn(r -> r.account().username()).setHeader("用户名").setAutoWidth(true);
        grid.addColumn(r -> r.account().displayName()).setHeader("姓名").setAutoWidth(true);
        grid.addColumn(r -> r.account().roles().stream().map(Role::label).sorted().collect(Collectors.joining("、")))
                .setHeader("角色").setAutoWidth(true);
        grid.addColumn(r -> r.account().siteCode() == null ? "中心" : r.account().siteCode()).setHeader("所属站点");
        grid.addColumn(r -> !r.account().active() ? "已停用" : r.failedLogins() >= 5 ? "已锁定（输错密码）" : "正常")
                .setHeader("状态");
        grid.addComponentColumn(r -> new Button("编辑", e -> new StaffDialog(services, r.account(), this::reload).open()))
                .setHeader("操作");
        Button add = new Button("新建员工账户", e -> new StaffDialog(services, null, this::reload).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H3("员工与角色"), add, grid);
        setSizeFull();
        reload();
    }

    private void reload() {
        grid.setItems(services.staff().list(ConsoleSession.require()));
    }
}
