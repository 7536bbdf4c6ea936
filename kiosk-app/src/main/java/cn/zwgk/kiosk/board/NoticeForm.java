package cn.zwgk.kiosk.board;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.core.notice.TemplateField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The fields of one notice, laid out from its template: title, body, issuer, 公示期, objection contact, and
 * the template's own fields (text lines or multi-line lists). Dumb: it takes a draft and gives one back
 * ({@link #value()}); every change is reported so the view can refresh the previews. Limits are shown, and
 * enforced by the service, which names them when refusing.
 */
class NoticeForm extends Div {
    private final Notice base;
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final TextField issuer = new TextField();
    private final DatePicker start = new DatePicker();
    private final DatePicker end = new DatePicker();
    private final TextField objection = new TextField();
    private final Checkbox pinned = new Checkbox();
    private final Map<String, TextFieldBase<?, String>> fields = new LinkedHashMap<>();
    private List<String> attachments;

    NoticeForm(NoticeTemplate template, Notice draft, Runnable changed) {
        this.base = draft;
        this.attachments = draft.attachments();
        addClassName("notice-form");
        text(title, "title", getTranslation("board.editor.titleField"), 120, draft.title());
        text(body, "body", getTranslation("board.editor.body"), 50_000, draft.body());
        text(issuer, "issuer", getTranslation("board.editor.issuer"), 100, draft.issuer());
        start.setLabel(getTranslation("board.editor.start"));
        start.setLocale(Locale.CHINA);
        start.setId("field-start");
        end.setLabel(getTranslation("board.editor.end"));
        end.setLocale(Locale.CHINA);
        end.setId("field-end");
        start.setValue(draft.period() == null ? null : draft.period().start());
        end.setValue(draft.period() == null ? null : draft.period().end());
        text(objection, "objection", getTranslation("board.editor.objection"), 200, draft.objectionContact());
        objection.setVisible(template.objectionContact() || draft.objectionContact() != null);
        pinned.setLabel(getTranslation("board.editor.pinned"));
        pinned.setId("field-pinned");
        pinned.setValue(draft.pinned());
        add(title, issuer, start, end, objection, pinned, body);
        for (TemplateField f : template.fields()) {
            TextFieldBase<?, String> input = "text".equals(f.type()) ? new TextField() : new TextArea();
            text(input, "f-" + f.name(), f.label(), f.maxLength(), draft.fields().get(f.name()));
            fields.put(f.name(), input);
            add(input);
        }
        List<HasValue<?, ?>> all = new java.util.ArrayList<>(fields.values());
        all.addAll(List.of(title, body, issuer, start, end, objection, pinned));
        all.forEach(v -> v.addValueChangeListener(e -> changed.run()));
    }

    private void text(TextFieldBase<?, String> input, String id, String label, int max, String value) {
        input.setLabel(label);
        input.setId("field-" + id);
        input.setHelperText(getTranslation("board.editor.limit", max));
        input.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        input.setValue(value == null ? "" : value);
        input.setWidthFull();
    }

    /** The draft as typed (not yet checked). */
    Notice value() {
        Map<String, String> values = new LinkedHashMap<>(base.fields());
        fields.forEach((name, input) -> values.put(name, input.getValue()));
        String contact = objection.getValue().isBlank() ? null : objection.getValue();
        return new Notice(base.id(), base.siteCode(), base.templateId(), base.category(), title.getValue(), body.getValue(),
                values, start.getValue() == null ? null : new PublicityPeriod(start.getValue(), end.getValue()), contact,
                issuer.getValue(), base.status(), base.origin(), base.author(), base.version(), base.updatedAt(),
                attachments, base.templateVersion(), pinned.getValue(), base.urgent());
    }

    void setAttachments(List<String> attachments) {
        this.attachments = List.copyOf(attachments);
    }
}
