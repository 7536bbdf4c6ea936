package cn.zwgk.kiosk.request;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** The home screen's large way in to the request form (依申请公开). */
@StyleSheet("request.css")
public class RequestEntry extends RouterLink {

    public RequestEntry() {
        super(RequestFormView.class);
        Span name = new Span(getTranslation("request.home.entry"));
        name.addClassName("home-entry-name");
        Span hint = new Span(getTranslation("request.home.entry.hint"));
        hint.addClassName("home-entry-hint");
        add(name, hint);
        addClassNames("home-entry", "request-entry");
        setId("request-entry");
    }
}
