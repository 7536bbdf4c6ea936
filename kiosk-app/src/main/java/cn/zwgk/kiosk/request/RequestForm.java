package cn.zwgk.kiosk.request;

import cn.zwgk.core.request.ApplicantType;
import cn.zwgk.core.request.DeliveryMethod;
import cn.zwgk.core.request.IdDocumentType;
import cn.zwgk.core.request.InformationForm;
import cn.zwgk.core.request.OrganisationKind;
import cn.zwgk.core.privacy.Deidentification;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The fields of one step of the request form, bound to the session's {@link RequestDraft}: every keystroke
 * and every choice is written to the draft at once, so nothing is lost on an error, on 上一步 or on a visit
 * to 办理须知. Shows each problem right at its field. {@code changed} hears of choices that change which
 * fields the step shows (the view then draws the step again).
 */
final class RequestForm extends Div {
    private final RequestDraft draft;
    private final Map<String, String> problems;
    private final Consumer<String> changed;

    RequestForm(RequestDraft draft, RequestStep step, Map<String, String> problems, Consumer<String> changed) {
        this.draft = draft;
        this.problems = problems;
        this.changed = changed;
        addClassName("request-form");
        switch (step) {
            case TYPE -> type();
            case IDENTITY -> identity();
            case CONTACT -> contact();
            case DESCRIPTION -> description();
            case CONFIRM -> confirm();
        }
    }

    private void type() {
        add(choice("applicantType", "request.type.question", List.of(ApplicantType.values()), "request.type.",
                draft.applicantType, v -> draft.chooseApplicantType(v)));
        if (draft.applicantType == ApplicantType.ORGANISATION) {
            add(choice("organisationKind", "request.org.question", List.of(OrganisationKind.values()), "request.org.",
                    draft.organisationKind, v -> draft.organisationKind = v));
        }
    }

    private void identity() {
        boolean organisation = draft.applicantType == ApplicantType.ORGANISATION;
        add(text("name", organisation ? "request.name.organisation" : "request.name.person", "request.name.hint",
                draft.name, v -> draft.name = v, 100));
        if (organisation) {
            add(text("contactPerson", "request.contactPerson", "request.contactPerson.hint", draft.contactPerson,
                    v -> draft.contactPerson = v, 50));
        }
        List<IdDocumentType> types = organisation ? List.of(IdDocumentType.CREDIT_CODE, IdDocumentType.OTHER)
                : List.of(IdDocumentType.RESIDENT_ID, IdDocumentType.HK_MACAO_PERMIT, IdDocumentType.TAIWAN_PERMIT,
                        IdDocumentType.PASSPORT, IdDocumentType.OTHER);
        add(choice("idType", "request.id.question", types, "request.id.", draft.idType, v -> draft.idType = v));
        TextField number = text("idNumber", "request.id.number",
                draft.idType == IdDocumentType.RESIDENT_ID ? "request.id.number.hint" : null, draft.idNumber,
                v -> draft.idNumber = v, 40);
        number.getElement().setAttribute("autocapitalize", "characters");
        add(number);
    }

    private void contact() {
        TextField phone = text("phone", "request.phone", "request.phone.hint", draft.phone, v -> draft.phone = v, 30);
        phone.getElement().setAttribute("inputmode", "tel");
        add(phone);
        add(choice("delivery", "request.delivery.question", List.of(DeliveryMethod.values()), "request.delivery.",
                draft.delivery, v -> draft.delivery = v));
        if (draft.delivery == DeliveryMethod.POST) {
            add(text("address", "request.address", "request.address.hint", draft.address, v -> draft.address = v, 200));
        } else if (draft.delivery == DeliveryMethod.EMAIL) {
            TextField email = text("email", "request.email", null, draft.email, v -> draft.email = v, 100);
            email.getElement().setAttribute("inputmode", "email");
            add(email);
        }
    }

    private void description() {
        TextArea text = new TextArea(getTranslation("request.description"));
        text.setId("field-description");
        text.addClassName("request-field");
        text.setHelperText(getTranslation("request.description.hint"));
        text.setMaxLength(2000);
        text.setValue(draft.description == null ? "" : draft.description);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> draft.description = e.getValue());
        markProblem("description", text);
        add(text);
        add(choice("form", "request.form.question", List.of(InformationForm.values()), "request.form.", draft.form,
                v -> draft.form = v));
        if (draft.form == InformationForm.OTHER) {
            add(text("formNote", "request.form.OTHER", null, draft.formNote, v -> draft.formNote = v, 100));
        }
    }

    private void confirm() {
        add(new Paragraph(getTranslation("request.confirm.intro")));
        Div summary = new Div();
        summary.addClassName("request-summary");
        summary.setId("request-summary");
        String applicant = Deidentification.name(draft.name);
        if (draft.applicantType != null) {
            applicant += "（" + getTranslation("request.type." + draft.applicantType.name()) + "）";
        }
        row(summary, "request.confirm.applicant", applicant);
        row(summary, "request.confirm.id", (draft.idType == null ? "" : getTranslation("request.id." + draft.idType.name()))
                + " " + Deidentification.idNumber(draft.idNumber));
        row(summary, "request.confirm.phone", Deidentification.phone(draft.phone));
        String delivery = draft.delivery == null ? "" : getTranslation("request.delivery." + draft.delivery.name());
        if (draft.delivery == DeliveryMethod.POST) {
            delivery += " " + Deidentification.address(draft.address);
        } else if (draft.delivery == DeliveryMethod.EMAIL) {
            delivery += " " + Deidentification.email(draft.email);
        }
        row(summary, "request.confirm.delivery", delivery);
        row(summary, "request.confirm.description", draft.description == null ? "" : draft.description.strip());
        row(summary, "request.confirm.form", draft.form == null ? ""
                : getTranslation("request.form." + draft.form.name())
                        + (draft.form == InformationForm.OTHER && draft.formNote != null ? "：" + draft.formNote : ""));
        add(summary);

        NativeButton consent = new NativeButton(getTranslation("request.consent"));
        consent.setId("field-consent");
        consent.addClassName("consent-toggle");
        consent.getElement().setAttribute("role", "checkbox");
        consent.getElement().setAttribute("aria-checked", String.valueOf(draft.consent));
        consent.addClickListener(e -> {
            draft.consent = !draft.consent;
            changed.accept("consent");
        });
        Div box = new Div(consent);
        box.addClassName("consent-box");
        add(box);
        if (problems.containsKey("consent")) {
            box.addClassName("invalid");
            add(errorText("consent", problems.get("consent")));
        }
    }

    private static void row(Div summary, String key, String value) {
        Div label = new Div();
        label.setText(summary.getTranslation(key));
        label.addClassName("summary-label");
        Div text = new Div();
        text.setText(value);
        text.addClassName("summary-value");
        summary.add(label, text);
    }

    private <T extends Enum<T>> Component choice(String field, String questionKey, List<T> options, String labelPrefix,
            T selected, Consumer<T> set) {
        ChoiceTiles<T> tiles = new ChoiceTiles<>("field-" + field, getTranslation(questionKey), options,
                o -> getTranslation(labelPrefix + o.name()), selected, v -> {
                    set.accept(v);
                    changed.accept(field);
                });
        if (problems.containsKey(field)) {
            tiles.showProblem(problems.get(field));
        }
        return tiles;
    }

    private TextField text(String field, String labelKey, String hintKey, String value, Consumer<String> set, int max) {
        TextField text = new TextField(getTranslation(labelKey));
        text.setId("field-" + field);
        text.addClassName("request-field");
        if (hintKey != null) {
            text.setHelperText(getTranslation(hintKey));
        }
        text.setMaxLength(max);
        text.setValue(value == null ? "" : value);
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> set.accept(e.getValue()));
        markProblem(field, text);
        return text;
    }

    private void markProblem(String field, HasValue<?, ?> component) {
        String problem = problems.get(field);
        if (problem != null && component instanceof com.vaadin.flow.component.shared.HasValidationProperties v) {
            v.setErrorMessage(problem);
            v.setInvalid(true);
        }
    }

    private static Paragraph errorText(String field, String problem) {
        Paragraph p = new Paragraph(problem);
        p.setId("field-" + field + "-error");
        p.addClassName("field-error");
        p.getElement().setAttribute("role", "alert");
        return p;
    }
}
