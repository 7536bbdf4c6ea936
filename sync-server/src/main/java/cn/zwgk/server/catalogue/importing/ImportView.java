package cn.zwgk.server.catalogue.importing;

import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.console.BackgroundTask;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Import a published catalogue (XLSX, XLS, a Word table or CSV): upload (the widget in Chinese), map columns when
 * the headers differ, see the dry run per sheet (created, changed, retired, rejected rows with their sheet, row,
 * cell and reason, notes on what was skipped), then confirm — one transaction, published at the nightly sync or
 * urgently.
 */
@Route("catalogue/import")
@PageTitle("导入目录 - 政务公开管理控制台")
@RequiresRole({Role.CATALOGUE_EDITOR, Role.CENTRAL_ADMIN})
public class ImportView extends VerticalLayout {
    private final ConsoleServices services;
    private final ComboBox<Domain> domain = new ComboBox<>("领域（工作表名、标题和「领域」列都没有写明领域时必选）");
    private final Checkbox wholeList = new Checkbox("这是该领域的完整目录：文件中没有的事项将停用", false);
    private final ProgressBar bar = new ProgressBar();
    private final Span stage = new Span();
    private final VerticalLayout result = new VerticalLayout();
    private final Map<Column, ComboBox<Integer>> mappingBoxes = new EnumMap<>(Column.class);
    private String fileName;
    private byte[] file;

    public ImportView(ConsoleServices services) {
        this.services = services;
        domain.setItems(services.catalogue().domains(ConsoleSession.require()));
        domain.setItemLabelGenerator(Domain::name);
        domain.setClearButtonVisible(true);
        domain.setWidth("30em"); // the label explains when the field is needed: let it be read whole
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            fileName = meta.fileName();
            file = bytes;
            getUI().ifPresent(ui -> ui.access(() -> {
                mappingBoxes.clear();
                preview();
            }));
        }));
        upload.setAcceptedFileTypes(".xlsx", ".xls", ".docx", ".csv");
        upload.setI18n(cn.zwgk.server.console.UploadTexts.chinese("Excel（.xlsx、.xls）、Word（.docx）或 CSV 文件",
                CatalogueImportService.MAX_FILE_BYTES / 1024 / 1024));
        upload.setMaxFileSize(CatalogueImportService.MAX_FILE_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(e -> Messages.showError(new IllegalArgumentException(
                "只能导入 .xlsx、.xls、.docx 或 .csv 文件，最大 " + CatalogueImportService.MAX_FILE_BYTES / 1024 / 1024 + " MB")));
        bar.setVisible(false);
        HorizontalLayout options = new HorizontalLayout(domain, wholeList);
        options.setAlignItems(Alignment.BASELINE);
        add(new H3("从表格导入公开事项目录"), new Paragraph("支持各地公布的目录原件：Excel（.xlsx、.xls）、Word 文档中的表格（.docx）"
                + "和 CSV。标题行、两到三行合并的表头、分列打 √ 的公开对象/公开方式/公开层级、■/□ 勾选的公开渠道、"
                + "每个领域一个工作表（以领域命名）都可以直接导入；填表说明等工作表会跳过。先预览，确认后才写入。"), options, upload,
                bar, stage, result);
    }

    private void preview() {
        StaffSession who = ConsoleSession.require();
        Map<Column, Integer> explicit = new EnumMap<>(Column.class);
        mappingBoxes.forEach((column, box) -> {
            if (box.getValue() != null) {
                explicit.put(column, box.getValue());
            }
        });
        ImportOptions options = new ImportOptions(domain.getValue() == null ? null : domain.getValue().code(), explicit,
                wholeList.getValue());
        result.removeAll();
        BackgroundTask.run(getUI().orElseThrow(), bar, stage, p -> services.catalogueImport().preview(who, fileName, file,
                options, (s, n, total) -> p.update(s, n, total)), this::showPlan);
    }

    private void showPlan(ImportPlan plan) {
        result.removeAll();
        result.add(new H4("预览：" + plan.fileName()), new Paragraph(plan.summary() + "（空行 " + plan.blankRows() + " 行已跳过）"));
        if (plan.sheets().size() > 1) {
            result.add(sheets(plan));
        }
        if (!plan.notes().isEmpty()) {
            result.add(new Paragraph("说明：" + String.join("；", plan.notes().subList(0, Math.min(20, plan.notes().size())))
                    + (plan.notes().size() > 20 ? "；等 " + plan.notes().size() + " 条" : "")));
        }
        result.add(mapping(plan.mapping()));
        TabSheet tabs = new TabSheet();
        tabs.add("新增 " + plan.created().size(), changes(plan.created(), false));
        tabs.add("修改 " + plan.changed().size(), changes(plan.changed(), true));
        Grid<cn.zwgk.core.catalogue.CatalogueItem> retired = new Grid<>();
        retired.addColumn(cn.zwgk.core.catalogue.CatalogueItem::level1).setHeader("一级事项");
        retired.addColumn(cn.zwgk.core.catalogue.CatalogueItem::name).setHeader("二级事项").setFlexGrow(1);
        retired.setItems(plan.retired());
        tabs.add("停用 " + plan.retired().size(), retired);
        Grid<RejectedRow> rejected = new Grid<>();
        rejected.addColumn(RejectedRow::sheet).setHeader("工作表").setAutoWidth(true);
        rejected.addColumn(RejectedRow::rowNumber).setHeader("行号").setAutoWidth(true);
        rejected.addColumn(RejectedRow::reason).setHeader("原因").setFlexGrow(1);
        rejected.setItems(plan.rejected());
        tabs.add("拒绝 " + plan.rejected().size(), rejected);
        tabs.setWidthFull();
        result.add(tabs);

        Button apply = new Button("确认导入（随夜间同步推送）", e -> apply(plan, false));
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button urgent = new Button("确认导入并紧急推送", e -> apply(plan, true));
        apply.setEnabled(plan.canApply());
        urgent.setEnabled(plan.canApply());
        result.add(new HorizontalLayout(apply, urgent));
        if (!plan.canApply()) {
            result.add(new Paragraph(plan.mapping().missing().isEmpty() ? "没有需要写入的变更。"
                    : "请先在上面的列对应中指定缺少的列，然后点击「重新预览」。"));
        }
    }

    /** The preview per sheet: its domain and what it brings. */
    private Grid<ImportPlan.SheetSummary> sheets(ImportPlan plan) {
        Map<String, String> names = new java.util.HashMap<>();
        services.catalogue().domains(ConsoleSession.require()).forEach(d -> names.put(d.code(), d.name()));
        Grid<ImportPlan.SheetSummary> grid = new Grid<>();
        grid.addColumn(ImportPlan.SheetSummary::name).setHeader("工作表").setAutoWidth(true);
        grid.addColumn(s -> !s.isCatalogue() ? "不是目录，已跳过" : s.domainCode() == null ? "按「领域」列"
                : names.getOrDefault(s.domainCode(), s.domainCode())).setHeader("领域").setAutoWidth(true);
        grid.addColumn(ImportPlan.SheetSummary::created).setHeader("新增").setAutoWidth(true);
        grid.addColumn(ImportPlan.SheetSummary::changed).setHeader("修改").setAutoWidth(true);
        grid.addColumn(ImportPlan.SheetSummary::unchanged).setHeader("未变").setAutoWidth(true);
        grid.addColumn(ImportPlan.SheetSummary::rejected).setHeader("拒绝").setAutoWidth(true);
        grid.setItems(plan.sheets());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private FormLayout mapping(ColumnMapping mapping) {
        FormLayout form = new FormLayout();
        List<String> headers = mapping.headers();
        for (Column column : Column.values()) {
            ComboBox<Integer> box = new ComboBox<>(column.label() + (column.required() ? " *" : ""));
            box.setItems(IntStream.range(0, headers.size()).boxed().toList());
            box.setItemLabelGenerator(i -> "第 " + (i + 1) + " 列：" + headers.get(i));
            box.setValue(mapping.columns().get(column));
            box.setClearButtonVisible(true);
            if (mapping.missing().contains(column)) {
                box.setInvalid(true);
                box.setErrorMessage("未找到，请指定");
            }
            mappingBoxes.put(column, box);
            form.add(box);
        }
        form.add(new Button("重新预览", e -> preview()));
        return form;
    }

    private static Grid<ItemChange> changes(List<ItemChange> list, boolean showFields) {
        Grid<ItemChange> grid = new Grid<>();
        grid.addColumn(ItemChange::sheet).setHeader("工作表").setAutoWidth(true);
        grid.addColumn(ItemChange::rowNumber).setHeader("行号").setAutoWidth(true);
        grid.addColumn(c -> c.after().level1()).setHeader("一级事项").setAutoWidth(true);
        grid.addColumn(c -> c.after().name()).setHeader("二级事项").setFlexGrow(1);
        if (showFields) {
            grid.addColumn(c -> String.join("、", c.changedFields())).setHeader("变化的要素").setAutoWidth(true);
        }
        grid.setItems(list);
        return grid;
    }

    private void apply(ImportPlan plan, boolean urgent) {
        StaffSession who = ConsoleSession.require();
        BackgroundTask.run(getUI().orElseThrow(), bar, stage, p -> services.catalogueImport().apply(who, plan, urgent,
                (s, n, total) -> p.update(s, n, total)), done -> {
                    result.removeAll();
                    result.add(new H4("导入完成"), new Paragraph("新增 " + done.created() + " 项，修改 " + done.changed()
                            + " 项，停用 " + done.retired() + " 项；" + (done.urgent() ? "已紧急推送。" : "将随夜间同步推送。")
                            + "同步序号 " + done.latestSeq() + "。"));
                });
    }
}
