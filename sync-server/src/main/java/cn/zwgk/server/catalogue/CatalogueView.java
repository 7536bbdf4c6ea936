package cn.zwgk.server.catalogue;

import cn.zwgk.core.catalogue.AdministrativeLevel;
import cn.zwgk.core.catalogue.CatalogueItem;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.staff.Role;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The standard catalogue: filter by domain, department and words; open an item to edit, retire or see its history. */
@Route("catalogue")
@PageTitle("公开事项目录 - 政务公开管理控制台")
@RequiresRole({Role.CATALOGUE_EDITOR, Role.CENTRAL_ADMIN})
public class CatalogueView extends VerticalLayout {
    private final ConsoleServices services;
    private final ComboBox<Domain> domain = new ComboBox<>("领域");
    private final TextField department = new TextField("公开主体（部门）");
    private final TextField text = new TextField("事项名称或内容");
    private final ComboBox<AdministrativeLevel> level = new ComboBox<>("公开层级");
    private final Grid<CatalogueItem> grid = new Grid<>();
    private final Span count = new Span();
    private final Map<String, String> domainNames;

    public CatalogueView(ConsoleServices services) {
        this.services = services;
        List<Domain> domains = services.catalogue().domains(ConsoleSession.require());
        domainNames = domains.stream().collect(Collectors.toMap(Domain::code, Domain::name));
        domain.setItems(domains);
        domain.setItemLabelGenerator(Domain::name);
        domain.setClearButtonVisible(true);
        level.setItems(AdministrativeLevel.values());
        level.setItemLabelGenerator(AdministrativeLevel::label);
        level.setClearButtonVisible(true);
        Button search = new Button("查询", e -> reload());
        Button create = new Button("新建事项", e -> {
            if (domain.getValue() == null) {
                cn.zwgk.server.console.Messages.showError(new IllegalArgumentException("请先选择新事项所属的领域"));
                return;
            }
            open(services.catalogue().draft(ConsoleSession.require(), domain.getValue().code()));
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(domain, department, text, level, search, create);
        filters.setAlignItems(Alignment.BASELINE);
        filters.setWrap(true);

        grid.addColumn(i -> domainNames.getOrDefault(i.domainCode(), i.domainCode())).setHeader("领域").setAutoWidth(true);
        grid.addColumn(CatalogueItem::serialNo).setHeader("序号").setAutoWidth(true);
        grid.addColumn(CatalogueItem::level1).setHeader("一级事项").setAutoWidth(true);
        grid.addColumn(CatalogueItem::name).setHeader("二级事项").setFlexGrow(1);
        grid.addColumn(CatalogueItem::responsibleBody).setHeader("公开主体").setAutoWidth(true);
        grid.addColumn(i -> i.method().label()).setHeader("公开方式").setAutoWidth(true);
        grid.addColumn(CatalogueItem::levelLabels).setHeader("公开层级").setAutoWidth(true);
        grid.addColumn(CatalogueItem::version).setHeader("版本").setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem()));
        add(new H3("公开事项目录"), filters, count, grid);
        setSizeFull();
        reload();
    }

    private void open(CatalogueItem item) {
        new CatalogueItemDialog(services, item, domainNames.getOrDefault(item.domainCode(), item.domainCode()),
                this::reload).open();
    }

    private void reload() {
        List<CatalogueItem> items = services.catalogue().list(ConsoleSession.require(), new CatalogueFilter(
                domain.getValue() == null ? null : domain.getValue().code(), department.getValue(), text.getValue(),
                level.getValue()));
        grid.setItems(items);
        count.setText(items.isEmpty() ? "没有符合条件的事项" : "共 " + items.size() + " 项" + (items.size() >= 2000
                ? "（只显示前 2000 项，请缩小范围）" : "") + "，点击一行编辑");
    }
}
