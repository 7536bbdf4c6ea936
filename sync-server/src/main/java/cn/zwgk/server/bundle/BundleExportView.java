package cn.zwgk.server.bundle;

import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.server.console.BackgroundTask;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.RequiresRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A signed sync bundle for a site without a network link: the same pages a kiosk would pull, packed into one
 * file for the FTP drop or a USB stick. Progress is shown; the file is offered for download when done.
 */
@Route("bundles")
@PageTitle("离线同步包 - 政务公开管理控制台")
@RequiresRole(Role.CENTRAL_ADMIN)
public class BundleExportView extends VerticalLayout {
    private final ConsoleServices services;
    private final TextField site = new TextField("站点代码");
    private final IntegerField since = new IntegerField("起始同步序号（0 = 全量）");
    private final ProgressBar bar = new ProgressBar();
    private final Span stage = new Span();
    private final VerticalLayout result = new VerticalLayout();

    public BundleExportView(ConsoleServices services) {
        this.services = services;
        since.setValue(0);
        since.setMin(0);
        Button export = new Button("生成同步包", e -> export());
        export.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bar.setVisible(false);
        HorizontalLayout form = new HorizontalLayout(site, since, export);
        form.setAlignItems(Alignment.BASELINE);
        add(new H3("离线同步包（FTP / U 盘）"), new Paragraph("终端在「同步」页面导入同步包时，按与在线同步相同的规则校验签名和连续性；"
                + "起始序号填终端当前的同步序号可只导出增量。"), form, bar, stage, result);
    }

    private void export() {
        StaffSession who = ConsoleSession.require();
        String code = site.getValue().strip();
        long from = since.getValue() == null ? 0 : since.getValue();
        Path out;
        try {
            out = Files.createTempFile("zwgk-bundle-" + code.replaceAll("[^0-9A-Za-z]", "") + "-", ".zwgk");
            out.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        result.removeAll();
        BackgroundTask.run(getUI().orElseThrow(), bar, stage, p -> services.bundles().export(who, code, from, out,
                (fraction, text) -> p.update(text, Math.round(fraction * 1000), 1000)), done -> {
                    String name = "sync-" + code + "-" + done.manifest().since() + "-" + done.manifest().until() + ".zwgk";
                    Anchor link = new Anchor(DownloadHandler.forFile(done.file().toFile(), name), "下载 " + name);
                    result.add(new Paragraph("已生成：同步序号 " + done.manifest().since() + " → " + done.manifest().until()
                            + "，" + done.manifest().pages().size() + " 页，" + done.manifest().attachments().size()
                            + " 个附件，" + done.bytes() / 1024 + " KB" + (done.manifest().reset() ? "（全量快照）" : "")),
                            link);
                });
    }
}
