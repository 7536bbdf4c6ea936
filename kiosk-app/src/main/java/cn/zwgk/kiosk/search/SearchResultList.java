package cn.zwgk.kiosk.search;

import cn.zwgk.kiosk.catalogue.ItemView;
import cn.zwgk.kiosk.notice.NoticeView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;

/** Result rows, each a large link (≥ 64 px) to the item or notice: kind and domain, marked name, marked snippet. */
class SearchResultList extends Div {

    SearchResultList(List<SearchHit> hits) {
        addClassName("search-results");
        for (SearchHit hit : hits) {
            add(row(hit));
        }
    }

    private RouterLink row(SearchHit hit) {
        RouterLink link = hit.target() == SearchHit.Target.NOTICE ? new RouterLink(NoticeView.class, hit.id())
                : new RouterLink(ItemView.class, hit.id());
        link.addClassName("search-result");
        Span where = new Span(getTranslation("search.kind." + hit.kind())
                + (hit.group().isBlank() ? "" : " · " + hit.group()));
        where.addClassName("search-result-where");
        HighlightedText title = new HighlightedText(hit.title());
        title.addClassName("search-result-title");
        link.add(where, title);
        if (!hit.snippet().text().isBlank()) {
            HighlightedText snippet = new HighlightedText(hit.snippet());
            snippet.addClassName("search-result-snippet");
            link.add(snippet);
        }
        return link;
    }
}
