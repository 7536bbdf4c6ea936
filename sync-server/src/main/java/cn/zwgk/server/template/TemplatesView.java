package cn.zwgk.server.template;

import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.TemplateField;
import cn.zwgk.core.staff.Role;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Notice templates as the central office manages them: the list (newest version of each, how many notices
 * use it), a template's declared fields, defaults and version history, and a new version (checked, previewed,
 * then published to every kiosk by sync). Central administrators only.
 */
@Route("templates")
@PageTitle("公告模板 - 政务公开管理控制台")
@RequiresRole(Role.CENTRAL_ADMIN)
public class TemplatesView extends VerticalLayout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ConsoleServices services;
    private final Grid<TemplateDesk.Summary> list = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    public TemplatesView(ConsoleServices services) {
        this.services = services;
        list.addColumn(TemplateDesk.Summary::name).setHeader("名称").setAutoWidth(true);
        list.addColumn(TemplateDesk.Summary::category).setHeader("类别").setAutoWidth(true);
        list.addColumn(s -> "第 " + s.version() + " 版").setHeader("当前版本").setAutoWidth(true);
        list.addColumn(TemplateDesk.Summary::fieldCount).setHeader("字段数").setAutoWidth(true);
        list.addColumn(TemplateDesk.Summary::inUse).setHeader("使用中的公告").setAutoWidth(true);
        list.addColumn(s -> s.lastChanged() == null ? "系统自带" : when(s.lastChanged()) + "（" + s.lastChangedBy() + "）")
                .setHeader("最后修改").setAutoWidth(true);
        list.setAllRowsVisible(true);
        list.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setPadding(false);
        add(new H3("公告模板"), new Paragraph("模板在中心统一管理，发布的新版本随同步下发到各终端；已写好的公告继续使用写作时的模板版本。"),
                list, detail);
        refresh(null);
    }

    private void refresh(String selectId) {
        List<TemplateDesk.Summary> all = services.templates().list(ConsoleSession.require());
        list.setItems(all);
        all.stream().filter(s -> s.id().equals(selectId)).findFirst().ifPresentOrElse(list::select, () -> show(null));
    }

    private void show(TemplateDesk.Summary summary) {
        detail.removeAll();
        if (summary == null) {
            detail.add(new Paragraph("选择一个模板，查看它的字段和版本历史。"));
            return;
        }
        List<TemplateDesk.Version> history = services.templates().history(ConsoleSession.require(), summary.id());
        NoticeTemplate current = history.getFirst().template();
        Grid<TemplateField> fields = new Grid<>();
        fields.addColumn(TemplateField::name).setHeader("字段名");
        fields.addColumn(TemplateField::label).setHeader("显示名称").setFlexGrow(3);
        fields.addColumn(TemplateField::type).setHeader("类型");
        fields.addColumn(f -> f.required() ? "必填" : "选填").setHeader("必填");
        fields.addColumn(TemplateField::maxLength).setHeader("最大长度");
        fields.setItems(current.fields());
        fields.setAllRowsVisible(true);
        Grid<TemplateDesk.Version> versions = new Grid<>();
        versions.addColumn(v -> "第 " + v.template().version() + " 版").setHeader("版本");
        versions.addColumn(v -> v.publishedAt() == null ? "系统自带" : when(v.publishedAt())).setHeader("发布时间");
        versions.addColumn(v -> v.publishedBy() == null ? "—" : v.publishedBy()).setHeader("发布人");
        versions.addColumn(v -> v.template().fields().size()).setHeader("字段数");
        versions.addColumn(TemplateDesk.Version::inUse).setHeader("使用此版本的公告");
        versions.setItems(history);
        versions.setAllRowsVisible(true);
        Button next = new Button("制作第 " + (current.version() + 1) + " 版", e -> new TemplateEditorDialog(services, current,
                () -> refresh(current.id())).open());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        detail.add(new H4(current.name() + "（第 " + current.version() + " 版）"),
                new Paragraph("类别：" + current.category() + "　默认公示期：" + (current.openEnded() ? "长期（至撤回）"
                        : current.publicityDays() + " 天") + "　异议联系：" + (current.objectionContact() ? "须填写" : "不需要")),
                new H4("字段"), fields, new H4("版本历史"), versions, next);
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(services.zone()));
    }
}
