package cn.zwgk.server.console;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The frame of every console page: side navigation showing what the user's roles may open, the user's name,
 * logout. Also the guard: no session → login; a view whose {@link RequiresRole} the user lacks → refused.
 */
@Layout
public class ConsoleLayout extends AppLayout implements BeforeEnterObserver {
    /** Navigation entries in order; each view's {@link RequiresRole} decides who sees it. */
    private static final Map<String, Class<? extends Component>> NAV = new LinkedHashMap<>();

    static {
        NAV.put("首页", DashboardView.class);
        NAV.put("依申请公开", cn.zwgk.server.request.RequestDeskView.class);
        NAV.put("答复期限计算", cn.zwgk.server.request.DeadlineCalculatorView.class);
        NAV.put("拒收的申请上传", cn.zwgk.server.request.RefusedUploadsView.class);
        NAV.put("年度报告", cn.zwgk.server.request.AnnualReportView.class);
        NAV.put("居务公开公告", cn.zwgk.server.notice.NoticesView.class);
        NAV.put("拒收的公告上传", cn.zwgk.server.notice.NoticeRefusalsView.class);
        NAV.put("公告模板", cn.zwgk.server.template.TemplatesView.class);
        NAV.put("公开事项目录", cn.zwgk.server.catalogue.CatalogueView.class);
        NAV.put("导入目录", cn.zwgk.server.catalogue.importing.ImportView.class);
        NAV.put("打印清单", cn.zwgk.server.catalogue.PrintListView.class);
        NAV.put("公开时效", cn.zwgk.server.report.TimelinessView.class);
        NAV.put("工作日历", cn.zwgk.server.calendar.CalendarView.class);
        NAV.put("终端", FleetView.class);
        NAV.put("离线同步包", cn.zwgk.server.bundle.BundleExportView.class);
        NAV.put("员工与角色", StaffView.class);
        NAV.put("审计日志", AuditView.class);
    }

    private final SideNav nav = new SideNav();
    private final Span user = new Span();

    public ConsoleLayout(ConsoleServices services) {
        H2 title = new H2("政务公开管理控制台");
        title.addClassName("console-title");
        Button logout = new Button("退出登录", e -> {
            ConsoleSession.logout();
            getUI().ifPresent(ui -> ui.getPage().setLocation(ConsoleWebApp.PATH + "/login"));
        });
        HorizontalLayout bar = new HorizontalLayout(title, user, logout);
        bar.addClassName("console-bar");
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(title);
        addToNavbar(new DrawerToggle(), bar);
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffSession staff = ConsoleSession.current().orElse(null);
        if (staff == null) {
            event.forwardTo(LoginView.class);
            return;
        }
        if (!mayOpen(staff, event.getNavigationTarget())) {
            event.rerouteTo(AccessDeniedView.class);
        }
        user.setText(staff.displayName() + "（" + staff.roles().stream().map(Role::label).sorted()
                .collect(Collectors.joining("、")) + "）");
        nav.removeAll();
        NAV.forEach((label, view) -> {
            if (mayOpen(staff, view)) {
                nav.addItem(new SideNavItem(label, view));
            }
        });
    }

    static boolean mayOpen(StaffSession staff, Class<?> view) {
        RequiresRole required = view.getAnnotation(RequiresRole.class);
        return required == null || Arrays.stream(required.value()).anyMatch(staff::has);
    }
}
