package cn.zwgk.kiosk.notice;

import cn.zwgk.core.notice.Notice;
import cn.zwgk.kiosk.catalogue.HomeView;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.Breadcrumb;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * One notice, full width in large type: title, publisher and 公示期, the text, the template fields (name
 * lists as tables) and whom to contact with an objection. A notice outside its period is not shown, also
 * when its address is typed or bookmarked.
 */
@Route(value = "notice", layout = KioskLayout.class)
@StyleSheet("catalogue.css")
@StyleSheet("notice.css")
public class NoticeView extends Div implements HasUrlParameter<String>, HasDynamicTitle {
    private final KioskServices services;
    private String title;

    public NoticeView(KioskServices services) {
        this.services = services;
        this.title = getTranslation("notice.title");
        addClassName("notice-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        RouterLink home = new RouterLink(getTranslation("notice.crumb.home"), HomeView.class);
        RouterLink notices = new RouterLink(getTranslation("notice.title"), NoticeListView.class);
        NoticeEntry entry = services.notices().notice(id).orElse(null);
        if (entry == null) {
            Paragraph message = new Paragraph(getTranslation("notice.notFound"));
            message.addClassName("empty");
            add(new Breadcrumb(home, notices, new Span(getTranslation("notice.crumb.notFound"))),
                    KioskLayout.backTo(NoticeListView.class), message);
            return;
        }
        Notice n = entry.notice();
        title = getTranslation("notice.title.suffix", n.title());
        Span current = new Span(n.title());
        current.addClassName("crumb-current");
        add(new Breadcrumb(home, notices, current), KioskLayout.backTo(NoticeListView.class));

        Article article = new Article();
        article.addClassName("notice-article");
        Span category = new Span(n.category());
        category.addClassName("category-badge");
        DescriptionList meta = new DescriptionList();
        meta.addClassName("notice-meta");
        meta.add(new DescriptionList.Term(getTranslation("notice.issuer.label")),
                new DescriptionList.Description(n.issuer() + "（" + NoticeTexts.source(this, entry) + "）"),
                new DescriptionList.Term(getTranslation("notice.period.label")),
                new DescriptionList.Description(NoticeTexts.period(this, n.period())));
        article.add(category, new H1(n.title()), meta);
        if (n.body() != null && !n.body().isBlank()) {
            Paragraph body = new Paragraph(n.body());
            body.addClassName("notice-body");
            article.add(body);
        }
        article.add(new NoticeFields(n));
        if (n.objectionContact() != null && !n.objectionContact().isBlank()) {
            Div objection = new Div(new Span(getTranslation("notice.objection.label")), new Paragraph(n.objectionContact()));
            objection.addClassName("notice-objection");
            article.add(objection);
        }
        add(article);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
