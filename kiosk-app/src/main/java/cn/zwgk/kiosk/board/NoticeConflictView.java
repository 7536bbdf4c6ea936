package cn.zwgk.kiosk.board;

import cn.zwgk.core.staff.Role;
import cn.zwgk.kiosk.staff.StaffLayout;
import cn.zwgk.kiosk.staff.StaffRoles;
import cn.zwgk.kiosk.system.KioskServices;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * Conflicts: a notice edited here and at the central office before a sync. Both copies side by side, rendered
 * as residents would see them; the central copy is the one on the board until a person decides (at the
 * central office, where both copies are kept).
 */
@Route(value = "staff/notices/conflicts", layout = StaffLayout.class)
@StaffRoles(Role.COMMUNITY_STAFF)
@PageTitle("待处理的修改冲突")
@StyleSheet("board-templates/notice.css")
@StyleSheet("board-editor.css")
public class NoticeConflictView extends Div {

    public NoticeConflictView(KioskServices services) {
        addClassName("notice-conflicts");
        add(new H1(getTranslation("board.conflicts.title")));
        var conflicts = services.noticeEditor().conflicts();
        if (conflicts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("board.conflicts.none"));
            none.setId("conflicts-none");
            add(none);
            return;
        }
        add(new Paragraph(getTranslation("board.conflicts.hint")));
        var renderer = services.board().renderer();
        for (NoticeEditorService.Conflict c : conflicts) {
            Div kiosk = new Div(new H2(getTranslation("board.conflicts.kiosk", c.kioskCopy().version())),
                    new Html(renderer.kioskFragment(c.kioskCopy(), null)));
            Div central = c.centralCopy() == null ? new Div(new H2(getTranslation("board.conflicts.notSynced")))
                    : new Div(new H2(getTranslation("board.conflicts.central", c.centralCopy().version())),
                            new Html(renderer.kioskFragment(c.centralCopy(), null)));
            kiosk.addClassName("conflict-side");
            central.addClassName("conflict-side");
            Div pair = new Div(kiosk, central);
            pair.addClassName("conflict-pair");
            add(pair);
        }
    }
}
