package cn.zwgk.server.notice;

import cn.zwgk.board.render.NoticeRenderer;
import cn.zwgk.core.notice.Notice;
import cn.zwgk.server.console.ConsoleServices;
import cn.zwgk.server.console.ConsoleSession;
import cn.zwgk.server.console.Messages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** One conflict: the kiosk's copy beside the central one (which stays on the boards until a person decides). */
class NoticeConflictPanel extends VerticalLayout {

    NoticeConflictPanel(ConsoleServices services, NoticeConflict conflict, Runnable decided) {
        Notice kiosk = conflict.kioskCopy();
        Notice central = services.notices().list(ConsoleSession.require(), kiosk.siteCode()).stream()
                .filter(n -> n.id().equals(kiosk.id())).findFirst().orElse(null);
        add(new H4("「" + kiosk.title() + "」：终端 " + conflict.kioskId() + " 基于第 " + kiosk.version()
                + " 版修改，中心已是第 " + conflict.centralVersion() + " 版"));
        NoticeRenderer renderer = services.notices().renderer();
        HorizontalLayout sides = new HorizontalLayout(side(renderer, "终端版本", kiosk),
                side(renderer, "中心版本（当前显示）", central));
        sides.setWidthFull();
        Button keepKiosk = new Button("采用终端版本", e -> decide(services, conflict, true, decided));
        Button keepCentral = new Button("保留中心版本", e -> decide(services, conflict, false, decided));
        add(sides, new HorizontalLayout(keepKiosk, keepCentral));
        addClassName("request-section");
    }

    private static Div side(NoticeRenderer renderer, String label, Notice n) {
        Div box = new Div(new Paragraph(label));
        box.setWidth("50%");
        if (n == null) {
            box.add(new Paragraph("（中心没有此公告）"));
            return box;
        }
        IFrame frame = new IFrame();
        String doc = renderer.screenDocument(renderer.screenPages(n, null));
        frame.setSrcdoc(doc);
        frame.setWidth("100%");
        frame.setHeight("420px");
        frame.getElement().setAttribute("sandbox", "");
        box.add(frame);
        return box;
    }

    private static void decide(ConsoleServices services, NoticeConflict conflict, boolean keepKiosk, Runnable decided) {
        try {
            services.notices().resolve(ConsoleSession.require(), conflict, keepKiosk);
            Messages.showDone(keepKiosk ? "已采用终端版本并推送" : "已保留中心版本");
            decided.run();
        } catch (RuntimeException refused) {
            Messages.showError(refused);
        }
    }
}
