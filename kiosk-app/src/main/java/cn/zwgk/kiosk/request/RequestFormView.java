package cn.zwgk.kiosk.request;

import cn.zwgk.core.validation.Violation;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /request}: the application form, one step per screen (type → applicant → contact and delivery →
 * the information wanted → check and submit). 下一步 checks the step with the core rules and shows each
 * problem at its field; the typed text lives in the session's {@link RequestDraft}. Submitting files the
 * request at once (also offline) and shows the receipt.
 */
@Route(value = "request", layout = KioskLayout.class)
@StyleSheet("request.css")
public class RequestFormView extends Div implements HasDynamicTitle {
    private static final Logger LOG = LoggerFactory.getLogger(RequestFormView.class);

    private final RequestService requests;
    private final RequestDraft draft;
    private final Div body = new Div();

    public RequestFormView(KioskServices services) {
        this.requests = services.requests();
        this.draft = RequestDraft.of(VaadinSession.getCurrent());
        addClassNames("request-view", "request-form-view");
        body.addClassName("request-body");
        add(topLinks(), new H1(getTranslation("request.title")), body);
        show(Map.of(), null);
    }

    private Div topLinks() {
        RouterLink help = new RouterLink(getTranslation("request.nav.help"), RequestHelpView.class);
        help.addClassNames("big-button", "help-button");
        help.setId("request-help-link");
        RouterLink status = new RouterLink(getTranslation("request.nav.status"), RequestStatusView.class);
        status.addClassNames("big-button", "status-link");
        Div links = new Div(help, status);
        links.addClassName("request-top");
        return links;
    }

    /** Draws the current step with {@code problems} (field → message); {@code summary} above the fields. */
    private void show(Map<String, String> problems, String summary) {
        body.removeAll();
        RequestStep step = draft.step;
        int total = RequestStep.values().length;
        Paragraph where = new Paragraph(getTranslation("request.step", step.number(), total,
                getTranslation(step.titleKey())));
        where.addClassName("request-step");
        where.setId("request-step");
        Div progress = new Div();
        progress.addClassName("step-progress");
        progress.getElement().setAttribute("aria-hidden", "true");
        for (RequestStep s : RequestStep.values()) {
            Span bar = new Span();
            bar.addClassName(s.ordinal() <= step.ordinal() ? "done" : "todo");
            progress.add(bar);
        }
        body.add(where, progress);
        if (summary != null) {
            Paragraph alert = new Paragraph(summary);
            alert.addClassName("error-summary");
            alert.setId("error-summary");
            alert.getElement().setAttribute("role", "alert");
            body.add(alert);
        }
        body.add(new RequestForm(draft, step, problems, field -> {
            Map<String, String> rest = new LinkedHashMap<>(problems);
            rest.remove(field);
            show(rest, rest.isEmpty() ? null : summary);
        }), navigation(step));
    }

    private Div navigation(RequestStep step) {
        Div nav = new Div();
        nav.addClassName("request-nav");
        if (step != RequestStep.TYPE) {
            NativeButton previous = new NativeButton(getTranslation("request.nav.previous"), e -> {
                draft.step = step.previous();
                show(Map.of(), null);
            });
            previous.addClassNames("big-button", "back-button");
            previous.setId("request-previous");
            nav.add(previous);
        }
        boolean last = step == RequestStep.CONFIRM;
        NativeButton next = new NativeButton(getTranslation(last ? "request.nav.submit" : "request.nav.next"),
                e -> forward(step));
        next.addClassNames("big-button", "primary-button");
        next.setId(last ? "request-submit" : "request-next");
        nav.add(next);
        return nav;
    }

    private void forward(RequestStep step) {
        List<Violation> problems = requests.check(draft);
        RequestStep firstWrong = problems.stream().map(v -> RequestStep.asking(v.field()))
                .filter(s -> s.ordinal() <= step.ordinal()).min(Enum::compareTo).orElse(null);
        if (firstWrong != null) {
            draft.step = firstWrong;
            Map<String, String> here = new LinkedHashMap<>();
            problems.stream().filter(v -> firstWrong.asks(v.field()))
                    .forEach(v -> here.putIfAbsent(v.field(), words(v)));
            show(here, getTranslation("request.error.summary", here.size()));
            return;
        }
        if (step != RequestStep.CONFIRM) {
            draft.step = step.next();
            show(Map.of(), null);
            return;
        }
        try {
            Receipt receipt = requests.submit(draft);
            VaadinSession session = VaadinSession.getCurrent();
            session.setAttribute(Receipt.class, receipt);
            RequestDraft.clear(session);
            getUI().ifPresent(ui -> ui.navigate(RequestReceiptView.class));
        } catch (RuntimeException e) {
            LOG.error("a request could not be filed; the resident's draft is kept", e);
            show(Map.of(), getTranslation("request.error.saveFailed"));
        }
    }

    /** The core rule's words (Chinese), or the bundle's (in the resident's language) for the generic ones. */
    private String words(Violation v) {
        return switch (v.problem()) {
            case "不能为空" -> getTranslation("request.error.required");
            case "必须填写" -> getTranslation("request.error.choose");
            default -> v.problem();
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.title");
    }
}
