package cn.zwgk.server.report;

import cn.zwgk.core.staff.Role;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The monthly timeliness report: per department and month, documents published and how many within 20 working
 * days of being formed; a bar per department (share on time), the late ones listed, and an XLSX download.
 */
@Route("reports/timeliness")
@PageTitle("公开时效 - 政务公开管理控制台")
@RequiresRole({Role.CATALOGUE_EDITOR, Role.CENTRAL_ADMIN})
public class TimelinessView extends VerticalLayout {
    private final ConsoleServices services;
    private final ComboBox<YearMonth> from = new ComboBox<>("从");
    private final ComboBox<YearMonth> to = new ComboBox<>("到");
    private final VerticalLayout body = new VerticalLayout();

    public TimelinessView(ConsoleServices services) {
        this.services = services;
        YearMonth now = YearMonth.now(services.clock().withZone(services.zone()));
        List<YearMonth> months = IntStream.rangeClosed(0, 35).mapToObj(now::minusMonths).toList();
        for (ComboBox<YearMonth> box : List.of(from, to)) {
            box.setItems(months);
            box.setItemLabelGenerator(m -> m.getYear() + " 年 " + m.getMonthValue() + " 月");
        }
        from.setValue(now.minusMonths(2));
        to.setValue(now);
        HorizontalLayout bar = new HorizontalLayout(from, to, new Button("生成", e -> load()));
        bar.setAlignItems(Alignment.BASELINE);
        add(new H3("主动公开时效（信息形成或变更之日起 20 个工作日内）"), bar, body);
        load();
    }

    private void load() {
        body.removeAll();
        YearMonth a = from.getValue();
        YearMonth b = to.getValue();
        TimelinessReport report;
        try {
            report = services.timeliness().report(ConsoleSession.require(), a, b);
        } catch (RuntimeException e) {
            Messages.showError(e);
            return;
        }
        body.add(chart(report), new H4("按部门和月份"), table(report), new H4("逾期发布（" + report.late().size() + " 件）"),
                late(report), download(a, b));
    }

    private static Div chart(TimelinessReport report) {
        Map<String, int[]> byDepartment = new TreeMap<>();
        for (DepartmentMonth m : report.rows()) {
            int[] sums = byDepartment.computeIfAbsent(m.department(), d -> new int[2]);
            sums[0] += m.onTime();
            sums[1] += m.late();
        }
        Div chart = new Div();
        chart.addClassName("timeliness-chart");
        byDepartment.forEach((department, sums) -> {
            int judged = sums[0] + sums[1];
            double share = judged == 0 ? 100 : 100.0 * sums[0] / judged;
            Div fill = new Div();
            fill.addClassName(share < 100 ? "bar-fill late" : "bar-fill");
            fill.setWidth(String.format("%.1f%%", share));
            Div track = new Div(fill);
            track.addClassName("bar-track");
            Div row = new Div(new Span(department), track, new Span(String.format("%.0f%%（%d/%d 按时）", share, sums[0],
                    judged)));
            row.addClassName("bar-row");
            chart.add(row);
        });
        if (byDepartment.isEmpty()) {
            chart.add(new Span("所选月份没有发布记录。"));
        }
        return chart;
    }

    private static Grid<DepartmentMonth> table(TimelinessReport report) {
        Grid<DepartmentMonth> grid = new Grid<>();
        grid.addColumn(m -> m.month().toString()).setHeader("月份").setAutoWidth(true);
        grid.addColumn(DepartmentMonth::department).setHeader("部门").setAutoWidth(true);
        grid.addColumn(DepartmentMonth::published).setHeader("发布").setAutoWidth(true);
        grid.addColumn(DepartmentMonth::onTime).setHeader("按时").setAutoWidth(true);
        grid.addColumn(DepartmentMonth::late).setHeader("逾期").setAutoWidth(true);
        grid.addColumn(DepartmentMonth::unknown).setHeader("无法判断").setAutoWidth(true);
        grid.addColumn(m -> String.format("%.1f%%", m.onTimePercent())).setHeader("按时率").setAutoWidth(true);
        grid.setItems(report.rows());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<LatePublication> late(TimelinessReport report) {
        Grid<LatePublication> grid = new Grid<>();
        grid.addColumn(LatePublication::department).setHeader("部门").setAutoWidth(true);
        grid.addColumn(LatePublication::name).setHeader("文件").setFlexGrow(1);
        grid.addColumn(LatePublication::indexNo).setHeader("索引号").setAutoWidth(true);
        grid.addColumn(l -> l.formed().toString()).setHeader("成文日期").setAutoWidth(true);
        grid.addColumn(LatePublication::dueText).setHeader("应发布日期").setAutoWidth(true);
        grid.addColumn(l -> l.published().toString()).setHeader("发布日期").setAutoWidth(true);
        grid.addColumn(LatePublication::workingDaysLate).setHeader("逾期工作日").setAutoWidth(true);
        grid.setItems(report.late());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Anchor download(YearMonth a, YearMonth b) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            services.timeliness().exportXlsx(ConsoleSession.require(), a, b, out);
            byte[] xlsx = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "公开时效-" + a + "-" + b + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
        }), "下载 XLSX");
    }
}
