package cn.zwgk.server.template;

import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.TemplateField;
import cn.zwgk.core.sync.SyncJson;
import cn.zwgk.core.validation.ValidationException;
import cn.zwgk.core.validation.Violation;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A new version of one template: its field metadata (JSON, the format of board-templates' templates.json)
 * and its FreeMarker markup. "检查并预览" checks it and renders sample data on the 16:9 page and as an A4 PDF;
 * publishing is possible only for exactly what was previewed.
 */
final class TemplateEditorDialog extends Dialog {
    private final ConsoleServices services;
    private final NoticeTemplate base;
    private final Runnable published;
    private final TextArea metadata = new TextArea("字段说明（JSON：名称、类别、默认公示天数、是否须异议联系、字段）");
    private final TextArea markup = new TextArea("模板内容（FreeMarker .ftlh，自动转义）");
    private final UnorderedList problems = new UnorderedList();
    private final IFrame screen = new IFrame();
    private final HorizontalLayout pdf = new HorizontalLayout();
    private final Button publish = new Button();
    private NoticeTemplate previewed;

    /** What staff edit besides the markup; id and version are not theirs to change. */
    record Metadata(String name, String category, int publicityDays, boolean objectionContact,
            List<TemplateField> fields) {
    }

    TemplateEditorDialog(ConsoleServices services, NoticeTemplate base, Runnable published) {
        this.services = services;
        this.base = base;
        this.published = published;
        setHeaderTitle(base.name() + " · 制作第 " + (base.version() + 1) + " 版");
        metadata.setValue(SyncJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(new Metadata(base.name(),
                base.category(), base.publicityDays(), base.objectionContact(), base.fields())));
        markup.setValue(base.markup() == null ? "" : base.markup());
        metadata.setWidth("40em");
        metadata.setHeight("24em");
        markup.setWidth("56em");
        markup.setHeight("24em");
        markup.getStyle().set("font-family", "monospace");
        metadata.addValueChangeListener(e -> stale());
        markup.addValueChangeListener(e -> stale());
        screen.setWidth("960px");
        screen.setHeight("540px");
        screen.getElement().setAttribute("sandbox", "");
        publish.setText("发布为第 " + (base.version() + 1) + " 版");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setEnabled(false);
        publish.addClickListener(e -> publish());
        Button check = new Button("检查并预览", e -> preview());
        add(new HorizontalLayout(metadata, markup), new HorizontalLayout(check, pdf), problems,
                new Paragraph("屏幕预览（1920×1080 缩小显示，示例数据）："), screen);
        getFooter().add(new Button("取消", e -> close()), publish);
        setWidth("100em");
    }

    private NoticeTemplate candidate() {
        Metadata m;
        try {
            m = SyncJson.mapper().readValue(metadata.getValue(), Metadata.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("字段说明不是有效的 JSON，请检查括号、引号和逗号：" + e.getMessage());
        }
        return new NoticeTemplate(base.id(), m.name(), m.category(), m.publicityDays(), m.objectionContact(), m.fields(),
                base.version() + 1, markup.getValue());
    }

    private void preview() {
        stale();
        try {
            NoticeTemplate t = candidate();
            TemplateDesk.Preview p = services.templates().preview(ConsoleSession.require(), t);
            screen.setSrcdoc(scaled(p.screenHtml()));
            byte[] bytes = p.a4Pdf();
            pdf.add(new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(bytes),
                    "模板预览-A4.pdf", "application/pdf", bytes.length)), "A4 打印预览（PDF）"));
            previewed = t;
            publish.setEnabled(true);
        } catch (ValidationException refused) {
            refused.violations().stream().map(Violation::message).forEach(m -> problems.add(new ListItem(m)));
            Messages.showError(refused);
        } catch (RuntimeException refused) {
            problems.add(new ListItem(refused.getMessage()));
            Messages.showError(refused);
        }
    }

    private void publish() {
        try {
            NoticeTemplate t = services.templates().publish(ConsoleSession.require(), previewed);
            Messages.showDone("“" + t.name() + "”第 " + t.version() + " 版已发布，终端同步后使用");
            close();
            published.run();
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
    }

    /** Anything changed since the preview must be previewed again before it can be published. */
    private void stale() {
        previewed = null;
        publish.setEnabled(false);
        problems.removeAll();
        pdf.removeAll();
    }

    /** The 1920x1080 page shrunk to the frame (the frame is sandboxed: no scripts, no same-origin access). */
    private static String scaled(String html) {
        return html.replace("</head>", "<style>html{zoom:0.5}</style></head>");
    }
}
