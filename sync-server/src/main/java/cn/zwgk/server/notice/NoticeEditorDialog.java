package cn.zwgk.server.notice;

import cn.zwgk.board.render.NoticeRenderer;
import cn.zwgk.board.render.Paper;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.notice.PublicityPeriod;
import cn.zwgk.core.notice.TemplateField;
import cn.zwgk.core.staff.Role;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The central notice editor: the template's fields with their limits, the publicity period, a live preview of
 * the 16:9 board page and an A4/A3 PDF, then save draft / publish / withdraw; earlier versions in a tab.
 * Everything typed is escaped by the template engine wherever it is shown.
 */
class NoticeEditorDialog extends Dialog {
    private final ConsoleServices services;
    private final Notice original;
    private final NoticeTemplate template;
    private final TextField title = new TextField("标题");
    private final TextArea body = new TextArea("正文");
    private final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    private final DatePicker start = new DatePicker("公示开始");
    private final DatePicker end = new DatePicker("公示结束（留空 = 撤回为止）");
    private final TextField objection = new TextField("异议联系方式");
    private final TextField issuer = new TextField("发布单位");
    private final Checkbox pinned = new Checkbox("置顶");
    private final Checkbox urgent = new Checkbox("紧急公告（占据整块屏幕，直到撤回）");
    private final IFrame preview = new IFrame();

    NoticeEditorDialog(ConsoleServices services, Notice notice, Runnable saved) {
        this.services = services;
        this.original = notice;
        this.template = services.notices().template(notice.templateId())
                .orElseThrow(() -> new IllegalArgumentException("模板「" + notice.templateId() + "」不存在"));
        setHeaderTitle(template.name() + " · " + (notice.version() == 0 ? "新公告" : notice.status().label() + " 第 "
                + notice.version() + " 版"));
        setWidth("min(1400px, 98vw)");
        title.setValue(orEmpty(notice.title()));
        title.setMaxLength(120);
        body.setValue(orEmpty(notice.body()));
        FormLayout form = new FormLayout(title, body);
        form.setColspan(body, 2);
        for (TemplateField f : template.fields()) {
            AbstractField<?, String> input = "text".equals(f.type()) ? new TextField(f.label()) : new TextArea(f.label());
            ((HasValue<?, String>) input).setValue(orEmpty(notice.fields().get(f.name())));
            if (input instanceof TextField t && f.maxLength() > 0) {
                t.setMaxLength(f.maxLength());
                t.setRequiredIndicatorVisible(f.required());
            } else if (input instanceof TextArea a) {
                if (f.maxLength() > 0) {
                    a.setMaxLength(f.maxLength());
                }
                a.setRequiredIndicatorVisible(f.required());
                form.setColspan(a, 2);
            }
            fields.put(f.name(), input);
            form.add(input);
        }
        if (notice.period() != null) {
            start.setValue(notice.period().start());
            end.setValue(notice.period().end());
        }
        objection.setValue(orEmpty(notice.objectionContact()));
        objection.setVisible(template.objectionContact());
        issuer.setValue(orEmpty(notice.issuer()));
        pinned.setValue(notice.pinned());
        urgent.setValue(notice.urgent());
        urgent.setVisible(ConsoleSession.require().has(Role.CENTRAL_ADMIN));
        form.add(start, end, objection, issuer, pinned, urgent);

        preview.setWidth("100%");
        preview.setHeight("480px");
        preview.getElement().setAttribute("sandbox", "");
        VerticalLayout previewTab = new VerticalLayout(new HorizontalLayout(new Button("刷新预览", e -> refresh()),
                pdfLink(Paper.A4), pdfLink(Paper.A3)), preview);
        TabSheet tabs = new TabSheet();
        tabs.add("填写", form);
        tabs.add("预览（屏幕 16:9 / 打印）", previewTab);
        if (notice.version() > 0) {
            tabs.add("历史版本", history());
        }
        tabs.addSelectedChangeListener(e -> refresh());
        tabs.setWidthFull();
        add(tabs);

        Button draft = new Button("保存草稿", e -> act(() -> services.notices().saveDraft(ConsoleSession.require(),
                edited(NoticeStatus.DRAFT)), "草稿已保存（终端看不到草稿）", saved));
        Button publish = new Button(notice.status() == NoticeStatus.PUBLISHED ? "发布更正版本" : "发布",
                e -> act(() -> services.notices().publish(ConsoleSession.require(), edited(NoticeStatus.PUBLISHED)),
                        "已发布，终端下次同步后显示" + (urgent.getValue() ? "（紧急）" : ""), saved));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("关闭", e -> close()), draft);
        if (notice.status() == NoticeStatus.PUBLISHED) {
            Button withdraw = new Button("撤回", e -> act(() -> services.notices().withdraw(ConsoleSession.require(),
                    original), "已撤回，终端同步后不再显示", saved));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            getFooter().add(withdraw);
        }
        getFooter().add(publish);
    }

    private Notice edited(NoticeStatus status) {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, input) -> {
            if (!input.getValue().isBlank()) {
                values.put(name, input.getValue());
            }
        });
        PublicityPeriod period = start.getValue() == null ? null : new PublicityPeriod(start.getValue(), end.getValue());
        return new Notice(original.id(), original.siteCode(), original.templateId(), original.category(), title.getValue(),
                body.getValue(), values, period, objection.getValue(), issuer.getValue(), status, original.origin(),
                original.author(), original.version(), original.updatedAt(), original.attachments(),
                original.templateVersion(), pinned.getValue(), urgent.getValue());
    }

    private void refresh() {
        try {
            NoticeRenderer r = services.notices().renderer();
            preview.setSrcdoc(r.screenDocument(r.screenPages(edited(NoticeStatus.DRAFT), null)));
        } catch (RuntimeException e) {
            Messages.showError(e);
        }
    }

    private Anchor pdfLink(Paper paper) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            services.notices().renderer().pdf(List.of(edited(NoticeStatus.DRAFT)), paper, n -> null, out);
            byte[] pdf = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(pdf), "公告-" + paper.cssName() + ".pdf", "application/pdf",
                    pdf.length);
        }), paper.cssName() + " 打印预览（PDF）");
    }

    private Component history() {
        VerticalLayout list = new VerticalLayout();
        for (Notice n : services.notices().history(ConsoleSession.require(), original.id())) {
            list.add(new Paragraph("第 " + n.version() + " 版 · " + n.status().label() + " · " + n.author() + " · "
                    + n.updatedAt() + "：「" + n.title() + "」"));
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph("还没有发布过。"));
        }
        return list;
    }

    private void act(java.util.function.Supplier<Notice> action, String done, Runnable saved) {
        try {
            action.get();
            Messages.showDone(done);
            saved.run();
            close();
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
