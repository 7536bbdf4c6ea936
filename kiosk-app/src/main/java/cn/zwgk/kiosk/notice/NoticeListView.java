package cn.zwgk.kiosk.notice;

import cn.zwgk.core.site.Site;
import cn.zwgk.kiosk.catalogue.HomeView;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.Breadcrumb;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 居务公开: today's notices of this community (and of its street and district, labelled), by category,
 * each with its publisher and 公示期. Category buttons narrow the list; nothing depends on hover.
 */
@Route(value = "notices", layout = KioskLayout.class)
@StyleSheet("catalogue.css")
@StyleSheet("notice.css")
public class NoticeListView extends Div implements HasDynamicTitle {
    private final NoticeBoard board;
    private final Div list = new Div();
    private final List<Button> filters = new ArrayList<>();

    public NoticeListView(KioskServices services) {
        addClassName("notice-list-view");
        board = services.notices().board();
        String place = board.sites().stream().map(Site::name).collect(Collectors.joining(" · "));
        Paragraph hint = new Paragraph(getTranslation("notice.list.hint"));
        hint.addClassName("hint");
        add(new Breadcrumb(new RouterLink(getTranslation("notice.crumb.home"), HomeView.class),
                new Span(getTranslation("notice.title"))), KioskLayout.backTo(HomeView.class),
                new H1(getTranslation("notice.title") + " · " + place), hint);
        if (board.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("notice.list.empty"));
            empty.addClassName("empty");
            add(empty);
            return;
        }
        add(filterBar());
        list.addClassName("notice-sections");
        add(list);
        show(null);
    }

    private Div filterBar() {
        Div bar = new Div();
        bar.addClassName("notice-filters");
        bar.getElement().setAttribute("role", "group");
        bar.getElement().setAttribute("aria-label", getTranslation("notice.list.filter"));
        Button all = filter(getTranslation("notice.list.all", board.size()), null);
        bar.add(all);
        board.categories().forEach((category, entries) ->
                bar.add(filter(getTranslation("notice.list.category", category, entries.size()), category)));
        return bar;
    }

    private Button filter(String text, String category) {
        Button button = new Button(text, e -> show(category));
        button.addClassName("notice-filter");
        button.getElement().setProperty("category", category == null ? "" : category);
        filters.add(button);
        return button;
    }

    /** Shows one category, or all when {@code category} is null. */
    void show(String category) {
        list.removeAll();
        for (Map.Entry<String, List<NoticeEntry>> group : board.categories().entrySet()) {
            if (category != null && !category.equals(group.getKey())) {
                continue;
            }
            Section section = new Section(new H2(group.getKey()));
            section.addClassName("notice-category");
            group.getValue().forEach(entry -> section.add(row(entry)));
            list.add(section);
        }
        for (Button b : filters) {
            boolean pressed = b.getElement().getProperty("category", "").equals(category == null ? "" : category);
            b.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
            b.setClassName("selected", pressed);
        }
    }

    private RouterLink row(NoticeEntry entry) {
        Span title = new Span(entry.notice().title());
        title.addClassName("row-name");
        Span source = new Span(NoticeTexts.source(this, entry) + " · " + entry.notice().issuer());
        source.addClassName("row-detail");
        Span period = new Span(getTranslation("notice.period.label") + "：" + NoticeTexts.period(this, entry.notice().period()));
        period.addClassNames("row-detail", "notice-period");
        RouterLink row = new RouterLink(NoticeView.class, entry.notice().id());
        row.add(title, source, period);
        row.addClassNames("touch-row", "notice-row");
        if (!entry.ownSite()) {
            row.addClassName("other-site");
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.title");
    }
}
