package cn.zwgk.server.catalogue;

import cn.zwgk.board.print.DisclosureList;
import cn.zwgk.board.print.DisclosureListPdf;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.CatalogueItem;
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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * A printed disclosure list (A4 PDF, a QR code per item) of a domain, a department or an audience, for
 * the central office; the kiosks' hall staff print the same list from their staff mode.
 */
@Route("catalogue/print")
@PageTitle("打印公开事项清单 - 政务公开管理控制台")
@RequiresRole({Role.CATALOGUE_EDITOR, Role.CENTRAL_ADMIN})
public class PrintListView extends VerticalLayout {
    private final ConsoleServices services;
    private final ComboBox<Domain> domain = new ComboBox<>("领域");
    private final TextField department = new TextField("公开主体（部门）");
    private final ComboBox<Audience> audience = new ComboBox<>("公开对象");
    private final ProgressBar bar = new ProgressBar();
    private final Span stage = new Span();
    private final VerticalLayout result = new VerticalLayout();

    public PrintListView(ConsoleServices services) {
        this.services = services;
        domain.setItems(services.catalogue().domains(ConsoleSession.require()));
        domain.setItemLabelGenerator(Domain::name);
        domain.setClearButtonVisible(true);
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(Audience::label);
        audience.setClearButtonVisible(true);
        Button make = new Button("生成 PDF", e -> make());
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        bar.setVisible(false);
        HorizontalLayout form = new HorizontalLayout(domain, department, audience, make);
        form.setAlignItems(Alignment.BASELINE);
        add(new H3("打印公开事项清单"), new Paragraph("A4 纸，每项附二维码（指向网上链接），每页印有标题、日期和目录版本。"), form, bar,
                stage, result);
    }

    private void make() {
        StaffSession who = ConsoleSession.require();
        List<CatalogueItem> items = services.catalogue().list(who, new CatalogueFilter(
                domain.getValue() == null ? null : domain.getValue().code(), department.getValue(), null)).stream()
                .filter(i -> audience.getValue() == null || i.audience() == audience.getValue()).toList();
        result.removeAll();
        if (items.isEmpty()) {
            Messages.showError(new IllegalArgumentException("没有符合条件的事项，请调整筛选条件"));
            return;
        }
        String title = (domain.getValue() == null ? "" : domain.getValue().name() + "领域")
                + (department.getValue().isBlank() ? "" : department.getValue().strip()) + "公开事项清单";
        long version = services.catalogue().catalogueVersion(who);
        DisclosureList list = new DisclosureList(title, "政务公开办", services.requests().desk().today(), version, items);
        BackgroundTask.run(getUI().orElseThrow(), bar, stage, p -> {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            int pages = DisclosureListPdf.withInstalledFont().write(list, pdf, (done, total) -> p.update("排版", done,
                    total));
            return new Object[] {pdf.toByteArray(), pages};
        }, done -> {
            byte[] pdf = (byte[]) done[0];
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(pdf), title + ".pdf", "application/pdf", pdf.length)), "下载 " + title + ".pdf");
            link.setTarget("_blank");
            result.add(new Paragraph(items.size() + " 项，" + done[1] + " 页，" + pdf.length / 1024 + " KB"), link);
        });
    }
}
