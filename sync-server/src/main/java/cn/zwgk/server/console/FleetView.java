package cn.zwgk.server.console;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.fleet.FleetService.FleetRow;
import cn.zwgk.server.fleet.KioskSighting;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Every kiosk: site, last successful sync, lag, version, clock drift, pending uploads, errors; enrol and revoke. */
@Route("fleet")
@PageTitle("终端 - 政务公开管理控制台")
@RequiresRole({Role.CENTRAL_ADMIN, Role.CATALOGUE_EDITOR})
public class FleetView extends VerticalLayout {
    private final ConsoleServices services;
    private final Grid<FleetRow> grid = new Grid<>();
    private final Checkbox missedOnly = new Checkbox("只看错过 ≥ 2 次夜间同步的终端");

    public FleetView(ConsoleServices services) {
        this.services = services;
        DateTimeFormatter time = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(services.zone());
        grid.addColumn(r -> r.kiosk().id()).setHeader("终端").setAutoWidth(true);
        grid.addColumn(r -> r.kiosk().siteCode()).setHeader("站点").setAutoWidth(true);
        grid.addColumn(r -> status(r.kiosk())).setHeader("状态").setAutoWidth(true);
        grid.addColumn(r -> at(time, r.kiosk().lastSuccessAt())).setHeader("上次成功同步").setAutoWidth(true);
        grid.addColumn(FleetRow::lag).setHeader("落后变更数").setAutoWidth(true);
        grid.addColumn(r -> version(r.kiosk().appVersion())).setHeader("版本").setAutoWidth(true);
        grid.addColumn(r -> drift(r.kiosk().clockDriftMillis())).setHeader("时钟偏差").setAutoWidth(true);
        grid.addColumn(r -> r.kiosk().pendingUploads() == null ? "—" : r.kiosk().pendingUploads().toString())
                .setHeader("待上传").setAutoWidth(true);
        grid.addColumn(r -> r.kiosk().lastError() == null ? "" : r.kiosk().lastError()).setHeader("最近错误")
                .setFlexGrow(1);
        grid.setPartNameGenerator(r -> r.missedTwoNights() ? "fleet-late" : null);
        StaffSession staff = ConsoleSession.require();
        if (staff.has(Role.CENTRAL_ADMIN)) {
            // a running kiosk cannot be enrolled again: only a revoked one, with a code issued for its id
            grid.addComponentColumn(r -> "REVOKED".equals(r.kiosk().status())
                    ? new Button("重新登记码", e -> reenrolCode(r.kiosk().id()))
                    : new Button("吊销", e -> confirmRevoke(r.kiosk().id()))).setHeader("操作");
        }
        missedOnly.addValueChangeListener(e -> reload());
        HorizontalLayout actions = new HorizontalLayout(missedOnly);
        if (staff.has(Role.CENTRAL_ADMIN)) {
            actions.add(enrolForm());
        }
        actions.setAlignItems(Alignment.BASELINE);
        add(new H3("终端"), actions, grid);
        setSizeFull();
        reload();
    }

    private HorizontalLayout enrolForm() {
        TextField site = new TextField("新终端的站点代码");
        Button issue = new Button("生成登记码", e -> {
            try {
                String code = services.fleet().issueEnrolmentCode(ConsoleSession.require(), site.getValue().strip());
                showCode("终端登记码（只显示这一次）", code, "只能登记一台新终端（不能用于已有的终端编号）。");
            } catch (RuntimeException refused) {
                Messages.showError(refused);
            }
        });
        HorizontalLayout form = new HorizontalLayout(site, issue);
        form.setAlignItems(Alignment.BASELINE);
        return form;
    }

    private void reenrolCode(String kioskId) {
        try {
            String code = services.fleet().issueReenrolmentCode(ConsoleSession.require(), kioskId);
            showCode("终端 " + kioskId + " 的重新登记码（只显示这一次）", code, "只能用于终端编号 " + kioskId + "。");
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
    }

    private void showCode(String title, String code, String scope) {
        Dialog shown = new Dialog();
        shown.setHeaderTitle(title);
        Paragraph big = new Paragraph(code);
        big.addClassName("enrol-code");
        shown.add(big, new Paragraph("在终端安装时输入：install/kiosk.sh --server <地址> --code " + code
                + "。7 天内有效，只能使用一次；" + scope), new Paragraph("中心公钥指纹（安装时核对：--server-key-sha256）："
                + services.fleet().keyFingerprint()));
        shown.getFooter().add(new Button("已记下", x -> shown.close()));
        shown.open();
    }

    private void confirmRevoke(String kioskId) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("吊销终端 " + kioskId + "？");
        confirm.add(new Paragraph("吊销后该终端立即无法同步；要恢复，在此为它生成“重新登记码”（新登记码不能接管已有的终端编号）。"));
        confirm.getFooter().add(new Button("取消", e -> confirm.close()), new Button("吊销", e -> {
            services.fleet().revoke(ConsoleSession.require(), kioskId);
            confirm.close();
            reload();
        }));
        confirm.open();
    }

    private void reload() {
        List<FleetRow> rows = services.fleet().kiosks(ConsoleSession.require());
        grid.setItems(missedOnly.getValue() ? rows.stream().filter(FleetRow::missedTwoNights).toList() : rows);
    }

    private static String status(KioskSighting k) {
        return switch (k.status()) {
            case "ACTIVE" -> "在用";
            case "REVOKED" -> "已吊销";
            default -> k.status();
        };
    }

    private static String at(DateTimeFormatter f, Instant i) {
        return i == null ? "从未" : f.format(i);
    }

    private static String drift(Long millis) {
        if (millis == null) {
            return "—";
        }
        return Math.abs(millis) < 1000 ? "正常" : String.format("%+.1f 秒", millis / 1000.0);
    }

    /** A reported version below what the server still serves is marked (those kiosks get 426 until upgraded). */
    static String version(String reported) {
        if (reported == null) {
            return "—";
        }
        return cn.zwgk.core.sync.KioskVersions.isSupported(reported) ? reported
                : reported + "（需升级，最低 " + cn.zwgk.core.sync.KioskVersions.MINIMUM + "）";
    }
}
