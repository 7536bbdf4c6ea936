package cn.zwgk.kiosk.request;

import cn.zwgk.kiosk.catalogue.HomeView;
import cn.zwgk.kiosk.catalogue.QrCode;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * {@code /request/receipt}: the receipt of the request just filed in this session — the tracking code large
 * with a QR code of it, the legal receipt date, the due date, the applicant's data masked, and 打印回执
 * (the browser's print with a receipt print stylesheet, to the kiosk's default printer). Shown only from
 * the session, never by code in the address, so the next resident cannot call it up.
 */
@Route(value = "request/receipt", layout = KioskLayout.class)
@StyleSheet("request.css")
public class RequestReceiptView extends Div implements HasDynamicTitle {
    /** The QR code drawn at twice its displayed size, like the items' codes. */
    static final int QR_PX = 480;
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    public RequestReceiptView(KioskServices services) {
        addClassNames("request-view", "receipt-view");
        Receipt receipt = VaadinSession.getCurrent().getAttribute(Receipt.class);
        if (receipt == null) {
            Paragraph missing = new Paragraph(getTranslation("request.receipt.missing"));
            missing.addClassName("hint");
            RouterLink again = new RouterLink(getTranslation("request.home.entry"), RequestFormView.class);
            again.addClassNames("big-button", "primary-button");
            RouterLink status = new RouterLink(getTranslation("request.nav.status"), RequestStatusView.class);
            status.addClassNames("big-button", "back-button");
            add(new H1(getTranslation("request.receipt.title")), missing, again, status);
            return;
        }
        Paragraph office = new Paragraph(getTranslation("request.receipt.office"));
        office.addClassName("print-only");
        office.addClassName("receipt-office");
        add(office, new H1(getTranslation("request.receipt.title")), codePanel(receipt), facts(receipt));
        Paragraph next = new Paragraph(getTranslation("request.receipt.next"));
        next.addClassName("receipt-next");
        add(next, actions());
    }

    private Div codePanel(Receipt receipt) {
        Paragraph label = new Paragraph(getTranslation("request.receipt.code"));
        label.addClassName("receipt-code-label");
        Span code = new Span(receipt.trackingCode());
        code.setId("receipt-code");
        code.addClassName("receipt-code");
        Image qr = new Image(QrCode.pngDataUrl(receipt.trackingCode(), QR_PX), receipt.trackingCode());
        qr.addClassName("receipt-qr");
        qr.setId("receipt-qr");
        Paragraph qrHint = new Paragraph(getTranslation("request.receipt.qr"));
        qrHint.addClassName("receipt-qr-hint");
        Div text = new Div(label, code);
        text.addClassName("receipt-code-text");
        Div qrBox = new Div(qr, qrHint);
        qrBox.addClassName("receipt-qr-box");
        Div panel = new Div(text, qrBox);
        panel.addClassName("receipt-code-panel");
        return panel;
    }

    private Div facts(Receipt r) {
        Div facts = new Div();
        facts.addClassName("request-summary");
        facts.setId("receipt-facts");
        fact(facts, "request.receipt.date", getTranslation("request.receipt.date.value", date(r.receivedOn())), "receipt-date");
        if (r.clockDoubt()) {
            fact(facts, "", getTranslation("request.receipt.clockDoubt"), "receipt-clock-doubt");
        }
        fact(facts, "request.receipt.due", getTranslation(r.dueProvisional() ? "request.receipt.due.provisional"
                : "request.receipt.due.value", date(r.dueDate())), "receipt-due");
        fact(facts, "request.confirm.applicant", r.applicant() + "（" + getTranslation("request.type." + r.applicantType().name())
                + "）", "receipt-applicant");
        fact(facts, "request.confirm.id", getTranslation("request.id." + r.idType().name()) + " " + r.idNumber(), "receipt-id");
        fact(facts, "request.confirm.phone", r.phone(), "receipt-phone");
        fact(facts, "request.confirm.delivery", getTranslation("request.delivery." + r.delivery().name())
                + (r.deliverTo().isEmpty() ? "" : " " + r.deliverTo()), "receipt-delivery");
        fact(facts, "request.confirm.description", r.description(), "receipt-description");
        fact(facts, "request.confirm.form", getTranslation("request.form." + r.form().name()), "receipt-form");
        return facts;
    }

    private static String date(LocalDate d) {
        return DATE.format(d);
    }

    private static void fact(Div facts, String labelKey, String value, String id) {
        Div label = new Div();
        label.setText(labelKey.isEmpty() ? "" : facts.getTranslation(labelKey));
        label.addClassName("summary-label");
        Div text = new Div();
        text.setText(value);
        text.setId(id);
        text.addClassName("summary-value");
        if (id.equals("receipt-clock-doubt")) {
            text.addClassName("warning");
        }
        facts.add(label, text);
    }

    private Div actions() {
        NativeButton print = new NativeButton(getTranslation("request.receipt.print"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassNames("big-button", "primary-button");
        print.setId("receipt-print");
        NativeButton done = new NativeButton(getTranslation("request.receipt.done"), e -> {
            VaadinSession.getCurrent().setAttribute(Receipt.class, null);
            e.getSource().getUI().ifPresent(ui -> ui.navigate(HomeView.class));
        });
        done.addClassNames("big-button", "back-button");
        done.setId("receipt-done");
        Paragraph hint = new Paragraph(getTranslation("request.receipt.printHint"));
        hint.addClassName("hint");
        Div actions = new Div(print, done, hint);
        actions.addClassName("request-actions");
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.receipt.title");
    }
}
