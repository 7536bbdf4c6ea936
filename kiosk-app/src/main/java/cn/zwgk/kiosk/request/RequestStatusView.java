package cn.zwgk.kiosk.request;

import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Duration;
import java.time.LocalDate;

/**
 * {@code /request/status}: a request's progress at any kiosk, for its tracking code plus the last four
 * digits of the phone given — state, due date, reply type in plain words and how to get the reply.
 * Nothing is shown unless both fit; look-ups are paced ({@link StatusLimiter}).
 */
@Route(value = "request/status", layout = KioskLayout.class)
@StyleSheet("request.css")
public class RequestStatusView extends Div implements HasDynamicTitle {
    private final RequestService requests;
    private final TextField code = new TextField();
    private final TextField digits = new TextField();
    private final Div result = new Div();

    public RequestStatusView(KioskServices services) {
        this.requests = services.requests();
        addClassNames("request-view", "request-status-view");
        code.setLabel(getTranslation("request.status.code"));
        code.setHelperText(getTranslation("request.status.code.hint"));
        code.setId("status-code");
        code.setMaxLength(20);
        code.addClassName("request-field");
        code.getElement().setAttribute("autocapitalize", "characters");
        digits.setLabel(getTranslation("request.status.digits"));
        digits.setHelperText(getTranslation("request.status.digits.hint"));
        digits.setId("status-digits");
        digits.setMaxLength(4);
        digits.setAllowedCharPattern("[0-9]");
        digits.addClassName("request-field");
        digits.getElement().setAttribute("inputmode", "numeric");
        NativeButton search = new NativeButton(getTranslation("request.status.search"), e -> lookUp());
        search.addClassNames("big-button", "primary-button");
        search.setId("status-search");
        result.setId("status-result");
        result.addClassName("status-result");
        result.getElement().setAttribute("aria-live", "polite");
        Div fields = new Div(code, digits, search);
        fields.addClassName("status-fields");
        add(KioskLayout.backTo(RequestFormView.class), new H1(getTranslation("request.status.title")),
                new Paragraph(getTranslation("request.status.intro")), fields, result);
    }

    private void lookUp() {
        result.removeAll();
        result.removeClassName("error");
        StatusAnswer answer = requests.status(code.getValue(), digits.getValue());
        switch (answer) {
            case StatusAnswer.BadCode b -> problem(getTranslation("request.status.badCode"));
            case StatusAnswer.BadDigits b -> problem(getTranslation("request.status.badDigits"));
            case StatusAnswer.NotFound n -> problem(getTranslation("request.status.notFound"));
            case StatusAnswer.TooManyForCode t -> problem(getTranslation("request.status.tooManyCode", minutes(t.retryIn())));
            case StatusAnswer.TooManyOverall t -> problem(getTranslation("request.status.tooManyAll",
                    Math.max(1, t.retryIn().toSeconds())));
            case StatusAnswer.WaitingForUpload w -> found(w.trackingCode(), getTranslation("request.status.local"),
                    getTranslation("request.status.local.explanation"), w.receivedOn(), w.dueDate(), w.dueProvisional(), null, null);
            case StatusAnswer.Uploaded u -> found(u.trackingCode(), getTranslation("request.status.uploaded"),
                    getTranslation("request.status.uploaded.explanation"), u.receivedOn(), u.dueDate(), u.dueProvisional(), null, null);
            case StatusAnswer.FromDesk d -> found(d.trackingCode(), translated("request.state." + d.state().name(),
                    d.state().label()), translated("request.state." + d.state().name() + ".explanation",
                    d.state().explanation()), d.receivedOn(), d.dueDate(), d.dueProvisional(), d, collect(d));
        }
        // typed digits never stay on screen after the answer
        digits.clear();
    }

    private String collect(StatusAnswer.FromDesk d) {
        if (!d.state().concluded()) {
            return null;
        }
        if (d.delivery() != null && d.replyType() != null) {
            return getTranslation("request.collect." + d.delivery().name());
        }
        return d.howToCollect();
    }

    private void found(String trackingCode, String state, String explanation, LocalDate received, LocalDate due,
            boolean provisional, StatusAnswer.FromDesk desk, String collect) {
        H2 heading = new H2(trackingCode);
        heading.addClassName("status-code");
        Div facts = new Div();
        facts.addClassName("request-summary");
        fact(facts, "request.status.state", state + "。" + explanation, "status-state");
        if (received != null) {
            fact(facts, "request.status.submittedAt", RequestReceiptView.DATE.format(received), "status-received");
        }
        if (due != null && (desk == null || !desk.state().concluded())) {
            fact(facts, "request.status.due", getTranslation(provisional ? "request.status.due.provisional"
                    : "request.status.due.value", RequestReceiptView.DATE.format(due)), "status-due");
        }
        if (desk != null && desk.replyType() != null) {
            fact(facts, "request.status.reply", translated("request.reply." + desk.replyType().name(),
                    desk.replyType().label()) + "。" + translated("request.reply." + desk.replyType().name()
                    + ".explanation", desk.replyType().explanation()), "status-reply");
        }
        if (collect != null) {
            fact(facts, "request.status.collect", collect, "status-collect");
        }
        result.add(heading, facts);
    }

    private String translated(String key, String fallback) {
        String text = getTranslation(key);
        return text.startsWith("!") ? fallback : text;
    }

    private void problem(String message) {
        Paragraph p = new Paragraph(message);
        p.addClassName("field-error");
        p.setId("status-problem");
        p.getElement().setAttribute("role", "alert");
        result.add(p);
        result.addClassName("error");
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private static void fact(Div facts, String labelKey, String value, String id) {
        Div label = new Div();
        label.setText(facts.getTranslation(labelKey));
        label.addClassName("summary-label");
        Div text = new Div();
        text.setText(value);
        text.setId(id);
        text.addClassName("summary-value");
        facts.add(label, text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.status.title");
    }
}
