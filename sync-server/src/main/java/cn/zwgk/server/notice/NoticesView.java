package cn.zwgk.server.notice;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.site.Site;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Residents'-affairs notices written centrally: list by site, new from a template, open to edit, publish,
 * withdraw or correct; and the conflicts with kiosk edits, side by side, for a person to decide.
 */
@Route("notices")
@PageTitle("居务公开公告 - 政务公开管理控制台")
@RequiresRole({Role.CENTRAL_ADMIN, Role.COMMUNITY_STAFF})
public class NoticesView extends VerticalLayout {
    private final ConsoleServices services;
    private final ComboBox<Site> site = new ComboBox<>("站点");
    private final Grid<Notice> grid = new Grid<>();
    private final Map<String, String> siteNames;
    private final VerticalLayout conflicts = new VerticalLayout();

    public NoticesView(ConsoleServices services) {
        this.services = services;
        StaffSession who = ConsoleSession.require();
        List<Site> sites = services.notices().sites(who);
        siteNames = sites.stream().collect(Collectors.toMap(Site::code, Site::name));
        site.setItems(sites);
        site.setItemLabelGenerator(s -> s.name() + "（" + s.code() + "）");
        site.setClearButtonVisible(true);
        site.addValueChangeListener(e -> reload());
        ComboBox<NoticeTemplate> template = new ComboBox<>("模板");
        template.setItems(services.notices().templates());
        template.setItemLabelGenerator(NoticeTemplate::name);
        Button create = new Button("新建公告", e -> {
            if (site.getValue() == null || template.getValue() == null) {
                Messages.showError(new IllegalArgumentException("请先选择站点和模板"));
                return;
            }
            Notice draft = services.notices().draft(ConsoleSession.require(), template.getValue(), site.getValue().code(),
                    site.getValue().name() + "居民委员会");
            new NoticeEditorDialog(services, draft, this::reload).open();
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(site, template, create);
        bar.setAlignItems(Alignment.BASELINE);

        grid.addColumn(n -> siteNames.getOrDefault(n.siteCode(), n.siteCode())).setHeader("站点").setAutoWidth(true);
        grid.addColumn(Notice::category).setHeader("类别").setAutoWidth(true);
        grid.addColumn(Notice::title).setHeader("标题").setFlexGrow(1);
        grid.addColumn(n -> n.status().label() + (n.pinned() ? " · 置顶" : "") + (n.urgent() ? " · 紧急" : ""))
                .setHeader("状态").setAutoWidth(true);
        grid.addColumn(n -> n.period() == null ? "" : n.period().start() + " 至 "
                + (n.period().end() == null ? "撤回为止" : n.period().end())).setHeader("公示期").setAutoWidth(true);
        grid.addColumn(n -> n.origin().name().equals("KIOSK") ? "终端" : "中心").setHeader("来源").setAutoWidth(true);
        grid.addColumn(Notice::version).setHeader("版本").setAutoWidth(true);
        grid.addItemClickListener(e -> new NoticeEditorDialog(services, e.getItem(), this::reload).open());

        TabSheet tabs = new TabSheet();
        VerticalLayout listTab = new VerticalLayout(bar, grid);
        listTab.setPadding(false);
        tabs.add("公告", listTab);
        tabs.add("终端编辑冲突", conflicts);
        tabs.setWidthFull();
        add(new H3("居务公开公告"), tabs);
        reload();
    }

    private void reload() {
        StaffSession who = ConsoleSession.require();
        grid.setItems(services.notices().list(who, site.getValue() == null ? null : site.getValue().code()));
        conflicts.removeAll();
        var open = services.notices().conflicts(who);
        if (open.isEmpty()) {
            conflicts.add(new Paragraph("没有待处理的冲突。"));
        }
        for (NoticeConflict conflict : open) {
            conflicts.add(new NoticeConflictPanel(services, conflict, this::reload));
        }
    }
}
