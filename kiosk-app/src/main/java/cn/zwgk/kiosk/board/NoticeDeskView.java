package cn.zwgk.kiosk.board;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.core.notice.NoticeStatus;
import cn.zwgk.core.notice.NoticeTemplate;
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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 居务公开公告 for community staff: new notice from a template; drafts; notices on display, not yet due,
 * expired (the archive) and withdrawn, each with 修改/更正 and 撤回; the version history of a notice.
 */
@Route(value = "staff/notices", layout = StaffLayout.class)
@StaffRoles(Role.COMMUNITY_STAFF)
@PageTitle("居务公开公告")
@StyleSheet("board-editor.css")
public class NoticeDeskView extends Div implements BeforeEnterObserver {
    private final KioskServices services;
    private final NoticeEditorService editor;
    private final Paragraph message = new Paragraph();

    public NoticeDeskView(KioskServices services) {
        this.services = services;
        this.editor = services.noticeEditor();
        addClassName("notice-desk");
        message.setId("desk-message");
        message.addClassName("staff-message");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> published = event.getLocation().getQueryParameters().getParameters().getOrDefault("published", List.of());
        message.setText(published.isEmpty() ? "" : getTranslation("board.editor.published"));
        build();
    }

    private void build() {
        removeAll();
        add(new H1(getTranslation("board.desk.title")), message);
        Div templates = new Div();
        templates.addClassName("desk-templates");
        templates.add(new H2(getTranslation("board.desk.new")));
        for (NoticeTemplate t : editor.templates()) {
            Anchor a = new Anchor("staff/notices/edit?template=" + t.id(), t.name());
            a.addClassNames("big-button", "desk-template");
            a.setId("new-" + t.id());
            templates.add(a);
        }
        add(templates);
        LocalDate today = services.board().today();
        Map<String, List<Notice>> groups = new LinkedHashMap<>();
        for (String key : List.of("drafts", "published", "upcoming", "expired", "withdrawn")) {
            groups.put(key, new ArrayList<>());
        }
        for (Notice n : editor.desk()) {
            groups.get(group(n, today)).add(n);
        }
        groups.forEach((key, list) -> {
            Div section = new Div(new H2(getTranslation("board.desk." + key) + "（" + list.size() + "）"));
            section.addClassName("desk-group");
            section.setId("desk-" + key);
            list.forEach(n -> section.add(row(n, key)));
            add(section);
        });
    }

    static String group(Notice n, LocalDate today) {
        if (n.status() == NoticeStatus.DRAFT) {
            return "drafts";
        }
        if (n.status() == NoticeStatus.WITHDRAWN) {
            return "withdrawn";
        }
        if (n.isVisibleOn(today)) {
            return "published";
        }
        return n.period() != null && n.period().start().isAfter(today) ? "upcoming" : "expired";
    }

    private Div row(Notice n, String group) {
        Span title = new Span(n.title().isBlank() ? "（无标题）" : n.title());
        title.addClassName("desk-title");
        Span meta = new Span(n.category() + " · " + NoticeRendererText.period(n) + " · 第 " + n.version() + " 版"
                + (n.pinned() ? " · 置顶" : ""));
        meta.addClassName("desk-meta");
        Div row = new Div(title, meta);
        row.addClassName("desk-row");
        row.getElement().setAttribute("data-notice-id", n.id());
        boolean draft = group.equals("drafts");
        if (!draft && !editor.isEditableHere(n)) {
            Span central = new Span(getTranslation("board.desk.central"));
            central.addClassName("desk-central");
            row.add(central);
        } else {
            Anchor edit = new Anchor("staff/notices/edit?id=" + n.id(),
                    getTranslation(draft ? "board.desk.edit" : "board.desk.correct"));
            edit.addClassNames("big-button", "desk-edit");
            row.add(edit);
        }
        if (n.status() == NoticeStatus.PUBLISHED && editor.isEditableHere(n)) {
            // two taps: a mistaken tap on a touch screen must not take a notice off the board
            Button withdraw = new Button(getTranslation("board.desk.withdraw"));
            withdraw.addClickListener(e -> {
                if (withdraw.hasClassName("confirm")) {
                    withdraw(n);
                } else {
                    withdraw.addClassName("confirm");
                    withdraw.setText(getTranslation("board.desk.withdrawConfirm"));
                }
            });
            withdraw.addClassNames("big-button", "desk-withdraw");
            row.add(withdraw);
        }
        if (!group.equals("drafts")) {
            Button history = new Button(getTranslation("board.desk.history"), e -> showHistory(row, n));
            history.addClassNames("big-button", "desk-history");
            row.add(history);
        }
        return row;
    }

    private void withdraw(Notice n) {
        try {
            editor.withdraw(session(), n.id());
            build();
            message.setText(getTranslation("board.editor.withdrawn"));
        } catch (ZwgkException e) {
            message.setText(e.getMessage());
        }
    }

    private void showHistory(Div row, Notice n) {
        Div history = new Div();
        history.addClassName("desk-history-list");
        List<Notice> versions = editor.history(n.id());
        if (versions.isEmpty()) {
            history.add(new Paragraph("本终端没有这条公告的修改记录（由中心发布）"));
        }
        for (Notice v : versions) {
            history.add(new Paragraph("第 " + v.version() + " 版 · " + v.status().label() + " · " + v.title() + " · " + v.author()));
        }
        row.add(history);
    }

    private StaffSession session() {
        return StaffSessions.current(VaadinSession.getCurrent(), services.clock().instant(), services.staff().idle()).orElseThrow();
    }

    /** Period text shared with the renderer's wording. */
    static final class NoticeRendererText {
        private NoticeRendererText() {
        }

        static String period(Notice n) {
            if (n.period() == null || n.period().start() == null) {
                return "未设公示期";
            }
            String start = n.period().start().toString();
            return n.period().end() == null ? start + " 起长期有效" : start + " 至 " + n.period().end();
        }
    }
}
