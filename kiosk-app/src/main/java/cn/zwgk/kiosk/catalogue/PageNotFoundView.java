package cn.zwgk.kiosk.catalogue;

import cn.zwgk.kiosk.ui.Breadcrumb;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any address the kiosk has no screen for (a mistyped or outdated link, a parameter with a slash in it):
 * a plain Chinese sentence and the way home, inside the usual frame, instead of Vaadin's English error page.
 */
@ParentLayout(KioskLayout.class)
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("not-found-view");
        Paragraph message = new Paragraph(getTranslation("catalogue.page.notFound"));
        message.addClassName("empty");
        add(new Breadcrumb(new RouterLink(getTranslation("catalogue.crumb.home"), HomeView.class),
                new Span(getTranslation("catalogue.crumb.notFound"))), KioskLayout.backTo(HomeView.class),
                new H1(getTranslation("catalogue.page.notFound.title")), message);
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
