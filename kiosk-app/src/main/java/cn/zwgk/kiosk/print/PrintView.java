package cn.zwgk.kiosk.print;

import cn.zwgk.board.print.DisclosureList;
import cn.zwgk.core.ZwgkException;
import cn.zwgk.core.catalogue.Audience;
import cn.zwgk.core.catalogue.Domain;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.kiosk.staff.StaffLayout;
import cn.zwgk.kiosk.staff.StaffRoles;
import cn.zwgk.kiosk.staff.StaffSessions;
import cn.zwgk.kiosk.system.KioskServices;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;

/**
 * 打印公开目录: hall staff pick the items (a domain, a responsible body, an audience or a search) and get an
 * A4 list, sent to the kiosk's printer when one is configured and always offered as a PDF. The PDF is made
 * on a background thread; the progress bar follows it row by row, so 1,000 items never freeze the screen.
 */
@Route(value = "staff/print", layout = StaffLayout.class)
@StaffRoles(Role.HALL_STAFF)
@PageTitle("打印公开目录")
@StyleSheet("print.css")
public class PrintView extends Div {
    private static final int BUSY_POLL_MILLIS = 500;

    private final KioskServices services;
    private final PrintService print;
    private final RadioButtonGroup<PrintSelection.By> by = new RadioButtonGroup<>();
    private final ComboBox<Domain> domain = new ComboBox<>();
    private final ComboBox<String> department = new ComboBox<>();
    private final RadioButtonGroup<Audience> audience = new RadioButtonGroup<>();
    private final TextField words = new TextField();
    private final Button make = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div result = new Div();
    /** The finished PDF and its list, kept for the download and the printer buttons. */
    private volatile byte[] pdf;
    private volatile DisclosureList list;

    public PrintView(KioskServices services) {
        this.services = services;
        this.print = services.print();
        addClassName("print-view");
        by.setId("print-by");
        by.setLabel(getTranslation("print.by"));
        by.setItems(PrintSelection.By.values());
        by.setItemLabelGenerator(b -> getTranslation("print.by." + b.name().toLowerCase()));
        by.addValueChangeListener(e -> showChooser(e.getValue()));
        domain.setId("print-domain");
        domain.setItems(print.domains());
        domain.setItemLabelGenerator(Domain::name);
        department.setId("print-department");
        department.setItems(print.departments());
        audience.setId("print-audience");
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(Audience::label);
        words.setId("print-words");
        words.setPlaceholder(getTranslation("print.words.placeholder"));
        make.setId("print-make");
        make.setText(getTranslation("print.make"));
        make.addClassName("big-button");
        make.addClickListener(e -> start());
        progress.setId("print-progress");
        progress.setVisible(false);
        status.setId("print-status");
        result.setId("print-result");
        Paragraph where = new Paragraph(print.settings().hasPrinter()
                ? getTranslation("print.printer", print.settings().printer()) : getTranslation("print.no-printer"));
        where.setId("print-where");
        add(new H1(getTranslation("print.title")), where, by, domain, department, audience, words, make, progress,
                status, result);
        by.setValue(PrintSelection.By.DOMAIN);
    }

    private void showChooser(PrintSelection.By chosen) {
        domain.setVisible(chosen == PrintSelection.By.DOMAIN);
        department.setVisible(chosen == PrintSelection.By.DEPARTMENT);
        audience.setVisible(chosen == PrintSelection.By.AUDIENCE);
        words.setVisible(chosen == PrintSelection.By.SEARCH);
    }

    private PrintSelection selection() {
        return switch (by.getValue()) {
            case DOMAIN -> domain.getValue() == null ? null : new PrintSelection(by.getValue(), domain.getValue().code());
            case DEPARTMENT -> department.getValue() == null ? null : new PrintSelection(by.getValue(), department.getValue());
            case AUDIENCE -> audience.getValue() == null ? null : new PrintSelection(by.getValue(), audience.getValue().name());
            case SEARCH -> words.getValue().isBlank() ? null : new PrintSelection(by.getValue(), words.getValue().strip());
        };
    }

    private void start() {
        PrintSelection selection = selection();
        if (selection == null) {
            status.setText(getTranslation("print.choose-first"));
            return;
        }
        StaffSession who = StaffSessions.current(VaadinSession.getCurrent(), services.clock().instant(),
                services.staff().idle()).orElse(null);
        if (who == null) {
            status.setText(getTranslation("print.logged-out"));
            return;
        }
        UI ui = UI.getCurrent();
        int pollBefore = ui.getPollInterval();
        ui.setPollInterval(BUSY_POLL_MILLIS);
        make.setEnabled(false);
        result.removeAll();
        progress.setVisible(true);
        progress.setValue(0);
        status.setText(getTranslation("print.working.start"));
        CompletableFuture.runAsync(() -> {
            DisclosureList chosen = print.list(who, selection);
            int[] shown = {-1};
            byte[] bytes = print.pdf(who, chosen, (done, total) -> {
                int percent = total == 0 ? 100 : done * 100 / total;
                if (percent != shown[0]) {
                    shown[0] = percent;
                    ui.access(() -> {
                        progress.setValue(percent / 100.0);
                        status.setText(getTranslation("print.working", done, total));
                    });
                }
            });
            list = chosen;
            pdf = bytes;
        }).whenComplete((ok, failure) -> ui.access(() -> {
            ui.setPollInterval(pollBefore);
            make.setEnabled(true);
            progress.setVisible(false);
            if (failure != null) {
                status.setText(message(failure));
            } else {
                finished(who);
            }
        }));
    }

    private void finished(StaffSession who) {
        DisclosureList done = list;
        byte[] bytes = pdf;
        status.setText(getTranslation("print.done", done.title(), done.items().size()));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "disclosure-list.pdf", "application/pdf", bytes.length)),
                getTranslation("print.download"));
        download.setId("print-download");
        download.addClassName("big-button");
        result.add(download);
        if (print.settings().hasPrinter()) {
            Button send = new Button(getTranslation("print.send", print.settings().printer()));
            send.setId("print-send");
            send.addClassName("big-button");
            send.addClickListener(e -> {
                try {
                    String job = print.send(who, bytes, done.title());
                    status.setText(getTranslation("print.sent", job));
                } catch (ZwgkException failure) {
                    status.setText(failure.getMessage());
                }
            });
            result.addComponentAsFirst(send);
        }
    }

    private String message(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof ZwgkException ? cause.getMessage() : getTranslation("print.failed");
    }
}
