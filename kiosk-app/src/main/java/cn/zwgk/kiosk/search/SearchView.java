package cn.zwgk.kiosk.search;

import cn.zwgk.kiosk.catalogue.HomeView;
import cn.zwgk.kiosk.system.KioskServices;
import cn.zwgk.kiosk.ui.Breadcrumb;
import cn.zwgk.kiosk.ui.KioskLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * Search: a large field with results as you type, and an on-screen pad for pinyin initials so no
 * physical keyboard is needed. Nothing typed here outlives the screen (a new visit starts empty).
 */
@Route(value = "search", layout = KioskLayout.class)
@StyleSheet("search.css")
public class SearchView extends Div implements HasDynamicTitle {
    static final int TYPING_PAUSE_MS = 250;
    static final int POPULAR_SUGGESTIONS = 6;
    /** The query as echoed in "没有找到 …": long input is cut for display. */
    private static final int ECHO_LENGTH = 20;

    private final KioskServices services;
    private final TextField field = new TextField();
    private final Paragraph status = new Paragraph();
    private final Div results = new Div();

    public SearchView(KioskServices services) {
        this.services = services;
        addClassName("search-view");

        field.setLabel(getTranslation("search.field.label"));
        field.setPlaceholder(getTranslation("search.field.placeholder"));
        field.setHelperText(getTranslation("search.field.hint"));
        field.setClearButtonVisible(true);
        field.setWidthFull();
        field.setId("search-field");
        field.addClassName("search-field");
        field.setValueChangeMode(ValueChangeMode.TIMEOUT);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        field.getElement().setAttribute("autocomplete", "off");
        field.getElement().setAttribute("spellcheck", "false");
        field.addValueChangeListener(e -> show(e.getValue()));

        LetterPad pad = new LetterPad();
        pad.addKeyListener(this::onKey);

        status.setId("search-status");
        status.addClassName("search-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        results.setId("search-results");

        // Field and results in one column, the pad beside them: results appear right under the field.
        Div main = new Div(field, status, results);
        main.addClassName("search-main");
        Div layout = new Div(main, pad);
        layout.addClassName("search-layout");
        add(new Breadcrumb(new RouterLink(getTranslation("search.crumb.home"), HomeView.class),
                new Span(getTranslation("search.title"))), KioskLayout.backTo(HomeView.class),
                new H1(getTranslation("search.heading")), layout);
        show("");
    }

    private void onKey(LetterPad.KeyEvent key) {
        String value = field.getValue();
        if (key.isClear()) {
            field.clear();
        } else if (key.isDelete()) {
            field.setValue(value.isEmpty() ? "" : value.substring(0, value.offsetByCodePoints(value.length(), -1)));
        } else {
            field.setValue(value + key.letter());
        }
    }

    private void show(String typed) {
        SearchResults answer = services.search().search(typed);
        results.removeAll();
        status.setText(statusText(answer));
        switch (answer.status()) {
            case EMPTY, NOTHING_SEARCHABLE -> {
                // the status line says what to do
            }
            case FOUND -> results.add(new SearchResultList(answer.hits()));
            case PREPARING -> {
                if (answer.hits().isEmpty()) {
                    results.add(suggestions());
                } else {
                    results.add(new SearchResultList(answer.hits()));
                }
            }
            case NOT_FOUND -> {
                Paragraph hint = new Paragraph(getTranslation("search.notFound.hint"));
                hint.addClassName("search-not-found-hint");
                results.add(hint, suggestions());
            }
        }
    }

    private String statusText(SearchResults answer) {
        String text = switch (answer.status()) {
            case EMPTY -> getTranslation("search.status.empty");
            case NOTHING_SEARCHABLE -> getTranslation("search.status.unsearchable");
            case FOUND -> answer.atLeast() || answer.total() > answer.hits().size()
                    ? getTranslation("search.status.foundMany", answer.total(), answer.hits().size())
                    : getTranslation("search.status.found", answer.total());
            case NOT_FOUND -> getTranslation("search.notFound.title", echo(answer.query()));
            case PREPARING -> getTranslation(answer.hits().isEmpty() ? "search.status.preparingNone"
                    : "search.status.preparing");
        };
        return answer.truncated() ? getTranslation("search.status.truncated", SearchQuery.MAX_LENGTH) + " " + text
                : text;
    }

    private static String echo(String query) {
        return query.codePointCount(0, query.length()) <= ECHO_LENGTH ? query
                : query.substring(0, query.offsetByCodePoints(0, ECHO_LENGTH)) + "…";
    }

    private SearchSuggestions suggestions() {
        return new SearchSuggestions(services.catalogue().domainTiles(),
                services.search().popularItems(POPULAR_SUGGESTIONS));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · " + getTranslation("ui.app.title");
    }
}
