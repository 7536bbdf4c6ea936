package cn.zwgk.kiosk.board;

import cn.zwgk.board.render.Paper;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeTemplate;
import cn.zwgk.core.staff.AccessDeniedException;
import cn.zwgk.core.staff.Role;
import cn.zwgk.core.staff.StaffSession;
import cn.zwgk.core.ZwgkException;
import cn.zwgk.kiosk.staff.StaffLayout;
import cn.zwgk.kiosk.staff.StaffRoles;
import cn.zwgk.kiosk.staff.StaffSessions;
import cn.zwgk.kiosk.system.KioskServices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * 编辑公告: the form on the left, live previews on the right (the 16:9 board page and the A4 print page, as
 * they will look), 保存草稿 / 发布. {@code ?template=<id>} starts a new notice, {@code ?id=<uuid>} opens a
 * draft or a correction of a published notice.
 */
@Route(value = "staff/notices/edit", layout = StaffLayout.class)
@StaffRoles(Role.COMMUNITY_STAFF)
@PageTitle("编辑公告")
@StyleSheet("board-editor.css")
public class NoticeEditorView extends Div implements BeforeEnterObserver {
    private final KioskServices services;
    private final NoticeEditorService editor;
    private final Div messages = new Div();
    private final IFrame screen = new IFrame();
    private final IFrame print = new IFrame();
    private final Div downloads = new Div();
    private final Div usbImages = new Div();
    private NoticeForm form;
    private Notice draft;

    public NoticeEditorView(KioskServices services) {
        this.services = services;
        this.editor = services.noticeEditor();
        addClassName("notice-editor");
        messages.setId("editor-messages");
        messages.addClassName("editor-messages");
        messages.getElement().setAttribute("role", "alert");
        screen.setId("preview-screen");
        screen.addClassName("preview-screen");
        screen.getElement().setAttribute("title", getTranslation("board.editor.previewScreen"));
        print.setId("preview-print");
        print.addClassName("preview-print");
        print.getElement().setAttribute("title", getTranslation("board.editor.previewPrint"));
        // previews run nothing, as in the console: the HTML is allow-listed already, the frames are sandboxed too
        screen.getElement().setAttribute("sandbox", "");
        print.getElement().setAttribute("sandbox", "");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        StaffSession who = session();
        if (who == null) {
            return;
        }
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        try {
            if (q.containsKey("template")) {
                draft = editor.newDraft(who, q.get("template").getFirst(), services.board().snapshot().siteName() + "居民委员会");
            } else if (q.containsKey("id")) {
                String id = q.get("id").getFirst();
                draft = editor.draft(id).orElseGet(() -> editor.correct(who, id));
            } else {
                event.forwardTo(NoticeDeskView.class);
                return;
            }
        } catch (ZwgkException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        build(editor.template(draft));
    }

    private void build(NoticeTemplate template) {
        form = new NoticeForm(template, draft, this::refreshPreview);
        Button save = new Button(getTranslation("board.editor.save"), e -> save());
        save.setId("editor-save");
        save.addClassName("big-button");
        Button publish = new Button(getTranslation("board.editor.publish"), e -> publish());
        publish.setId("editor-publish");
        publish.addClassNames("big-button", "primary");
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> attach(bytes)))));
        upload.setId("editor-image");
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        Button choose = new Button(getTranslation("board.editor.chooseImage"));
        choose.addClassName("big-button");
        upload.setUploadButton(choose);
        Button fromUsb = new Button(getTranslation("board.editor.usb"), e -> listUsbImages());
        fromUsb.setId("editor-usb");
        usbImages.setId("editor-usb-images");
        fromUsb.addClassName("big-button");
        Div left = new Div(new H1(getTranslation("board.editor.title") + " · " + template.name()), messages, form,
                new Paragraph(getTranslation("board.editor.image")), new Div(fromUsb, upload), usbImages,
                new Div(save, publish));
        left.addClassName("editor-form");
        Div screenFrame = new Div(screen);
        screenFrame.addClassName("preview-screen-frame");
        Div right = new Div(new H2(getTranslation("board.editor.previewScreen")), screenFrame,
                new H2(getTranslation("board.editor.previewPrint")), print, downloads);
        right.addClassName("editor-preview");
        add(left, right);
        refreshPreview();
    }

    private void refreshPreview() {
        Notice current = form.value();
        try {
            var renderer = services.board().renderer();
            screen.setSrcdoc(renderer.screenDocument(editor.previewScreen(current)));
            print.setSrcdoc(renderer.printDocument(List.of(current), Paper.A4, n -> services.board().settings().onlineUrl(n.id())));
            downloads.removeAll();
            for (Paper paper : Paper.values()) {
                Anchor pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
                    byte[] bytes = editor.previewPdf(form.value(), paper);
                    return new DownloadResponse(new ByteArrayInputStream(bytes), "notice-" + paper.name() + ".pdf",
                            "application/pdf", bytes.length);
                }), "PDF（" + paper.name() + "）");
                pdf.setId("preview-pdf-" + paper.name().toLowerCase());
                pdf.addClassName("big-button");
                downloads.add(pdf);
            }
        } catch (ZwgkException e) {
            show(List.of(e.getMessage()));
        }
    }

    private void save() {
        run(() -> {
            draft = editor.saveDraft(session(), form.value());
            show(List.of(getTranslation("board.editor.saved")));
        });
    }

    private void publish() {
        run(() -> {
            Notice published = editor.publish(session(), form.value());
            getUI().ifPresent(ui -> ui.navigate(NoticeDeskView.class,
                    com.vaadin.flow.router.QueryParameters.simple(Map.of("published", published.id()))));
        });
    }

    /** The locked-down browser opens no file dialog: the kiosk lists the stick's images as buttons instead. */
    private void listUsbImages() {
        UsbImages stick = new UsbImages(Path.of(services.sync().transports().usbDir()));
        usbImages.removeAll();
        try {
            List<Path> images = stick.list();
            if (images.isEmpty()) {
                usbImages.add(new Paragraph(getTranslation("board.editor.usb.none", stick.dir())));
                return;
            }
            usbImages.add(new Paragraph(getTranslation("board.editor.usb.hint")));
            for (Path image : images) {
                Button pick = new Button(image.getFileName().toString(), e -> attachFromUsb(stick, image));
                pick.addClassName("usb-image");
                usbImages.add(pick);
            }
        } catch (IOException e) {
            usbImages.add(new Paragraph(getTranslation("board.editor.usb.unreadable", stick.dir())));
        }
    }

    private void attachFromUsb(UsbImages stick, Path image) {
        long limit = services.board().settings().maxImageBytes();
        try {
            stick.read(image, limit).ifPresentOrElse(bytes -> {
                usbImages.removeAll();
                attach(bytes);
            }, () -> show(List.of(getTranslation("board.editor.usb.tooLarge", image.getFileName(), limit / 1024))));
        } catch (IOException e) {
            show(List.of(getTranslation("board.editor.usb.unreadable", stick.dir())));
        }
    }

    private void attach(byte[] bytes) {
        run(() -> {
            draft = editor.attachImage(session(), form.value(), bytes);
            form.setAttachments(draft.attachments());
            show(List.of("已添加图片附件（" + draft.attachments().size() + " 张）"));
        });
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (NoticeRejectedException e) {
            show(e.problems().isEmpty() ? List.of(e.getMessage())
                    : e.problems().stream().map(v -> v.label() + v.problem()).toList());
        } catch (AccessDeniedException e) {
            show(List.of(e.getMessage()));
        }
    }

    private void show(List<String> lines) {
        messages.removeAll();
        UnorderedList list = new UnorderedList();
        lines.forEach(l -> list.add(new ListItem(l)));
        messages.add(list);
    }

    private StaffSession session() {
        return StaffSessions.current(VaadinSession.getCurrent(), services.clock().instant(), services.staff().idle()).orElse(null);
    }
}
