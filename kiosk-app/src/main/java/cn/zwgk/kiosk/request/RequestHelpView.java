package cn.zwgk.kiosk.request;

import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/** {@code /request/help}: 办理须知 — what happens after submitting and the time limits, in plain words. */
@Route(value = "request/help", layout = KioskLayout.class)
@StyleSheet("request.css")
public class RequestHelpView extends Div implements HasDynamicTitle {
    static final List<String> SECTIONS = List.of("who", "what", "after", "time", "correction", "third", "privacy");

    public RequestHelpView(KioskServices services) {
        addClassNames("request-view", "request-help-view");
        add(KioskLayout.backTo(RequestFormView.class), new H1(getTranslation("request.help.title")));
        for (String section : SECTIONS) {
            Div block = new Div(new H2(getTranslation("request.help." + section + ".title")),
                    new Paragraph(getTranslation("request.help." + section)));
            block.addClassNames("help-section", "reading");
            block.setId("help-" + section);
            add(block);
        }
        RouterLink start = new RouterLink(getTranslation("request.help.start"), RequestFormView.class);
        start.addClassNames("big-button", "primary-button");
        start.setId("help-start");
        add(start);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.help.title");
    }
}
