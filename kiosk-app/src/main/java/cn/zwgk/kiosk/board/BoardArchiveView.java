package cn.zwgk.kiosk.board;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;

/**
 * 已过公示期的公告: notices whose publicity period has ended by the kiosk's clock, most recently ended first
 * (title, category and period only: the notice itself is no longer on display).
 */
@Route(value = "board/archive", layout = KioskLayout.class)
@PageTitle("已过公示期的公告")
@StyleSheet("board-editor.css")
public class BoardArchiveView extends Div {
    static final int SHOWN = 100;

    public BoardArchiveView(KioskServices services) {
        addClassName("board-archive");
        add(new H1(getTranslation("board.archive.title")));
        List<Notice> archive = services.board().snapshot().archive();
        if (archive.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("board.archive.none"));
            none.setId("archive-none");
            add(none);
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("archive-list");
        for (Notice n : archive.subList(0, Math.min(SHOWN, archive.size()))) {
            Span title = new Span(n.title());
            title.addClassName("desk-title");
            Span meta = new Span(n.category() + " · " + NoticeDeskView.NoticeRendererText.period(n));
            meta.addClassName("desk-meta");
            ListItem item = new ListItem(title, meta);
            item.addClassName("desk-row");
            list.add(item);
        }
        add(list);
    }
}
