package cn.zwgk.kiosk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

/** 首页 › 社会保险 › …: where the resident is, the last step not a link. */
public class Breadcrumb extends Nav {

    public Breadcrumb(Component... steps) {
        addClassName("breadcrumb");
        for (int i = 0; i < steps.length; i++) {
            if (i > 0) {
                Span separator = new Span("›");
                separator.addClassName("separator");
                add(separator);
            }
            add(steps[i]);
        }
    }
}
