package cn.zwgk.server.request;

import cn.zwgk.core.request.AnnualReportTable;
import cn.zwgk.core.request.ReportColumn;
import cn.zwgk.core.request.ReportRow;
import cn.zwgk.core.staff.Role;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;

/**
 * Table 三 of the annual report (国办公开办函〔2021〕30号) for a chosen year, computed from the requests, with the
 * template's own check (一 + 二 = 三(七) + 四 per column) and an XLSX download.
 */
@Route("annual-report")
@PageTitle("年度报告 - 政务公开管理控制台")
@RequiresRole({Role.REQUEST_OFFICER, Role.CENTRAL_ADMIN})
public class AnnualReportView extends VerticalLayout {
    private final ConsoleServices services;
    private final IntegerField year = new IntegerField("年度");
    private final Grid<ReportRow> grid = new Grid<>();
    private final Paragraph check = new Paragraph();
    private final HorizontalLayout download = new HorizontalLayout();

    public AnnualReportView(ConsoleServices services) {
        this.services = services;
        year.setValue(services.requests().desk().today().getYear());
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        Button show = new Button("生成", e -> load());
        HorizontalLayout bar = new HorizontalLayout(year, show, download);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H3("年度报告 · 三、收到和处理政府信息公开申请情况"), bar, check, grid);
        setSizeFull();
        load();
    }

    private void load() {
        AnnualReportTable table;
        try {
            table = services.requests().annualReport().table(ConsoleSession.require(), year.getValue() == null ? 0
                    : year.getValue());
        } catch (RuntimeException e) {
            Messages.showError(e);
            return;
        }
        grid.removeAllColumns();
        grid.addColumn(ReportRow::section).setHeader("项目").setAutoWidth(true).setFrozen(true);
        grid.addColumn(ReportRow::label).setHeader("").setAutoWidth(true).setFrozen(true);
        for (ReportColumn column : ReportColumn.values()) {
            grid.addColumn(row -> table.cell(row, column)).setHeader(column.label()).setAutoWidth(true);
        }
        grid.setItems(table.rows());
        var problems = table.checkProblems();
        check.setText(problems.isEmpty() ? "校验通过：每一列 一 + 二 = 三(七) + 四。" : "校验未通过：" + String.join("；", problems));
        check.getStyle().set("color", problems.isEmpty() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        int y = table.year();
        download.removeAll();
        download.add(new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = services.requests().annualReport().xlsx(ConsoleSession.require(), y);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "政府信息公开年度报告-申请情况-" + y + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }), "下载 XLSX"));
    }
}
