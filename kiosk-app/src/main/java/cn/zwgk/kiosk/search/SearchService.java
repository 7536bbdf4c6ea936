package cn.zwgk.kiosk.search;

import cn.zwgk.core.store.Database;
import cn.zwgk.core.store.StoreException;
import cn.zwgk.kiosk.search.SearchHit.Target;
import cn.zwgk.kiosk.search.SearchResults.Status;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search for the resident screens: the Lucene index when it is ready, a name scan in Derby while it is
 * being built. Also counts item views for the "popular items" suggestion. Queries are never logged
 * (they are residents' business).
 */
public final class SearchService {
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    public static final int MAX_RESULTS = 30;
    static final int SNIPPET_LENGTH = 60;
    /** An item is "popular" only after this many views, so one resident's visit never shows up for the next. */
    static final int MIN_VIEWS_TO_SUGGEST = 5;

    private final Database database;
    private final String siteCode;
    private final SearchStore store;
    private final SearchIndexer index;
    private final Clock clock;
    private final ZoneId zone;

    public SearchService(Database database, SearchStore store, SearchIndexer index, String siteCode, Clock clock,
            ZoneId zone) {
        this.database = database;
        this.siteCode = siteCode;
        this.store = store;
        this.index = index;
        this.clock = clock;
        this.zone = zone;
    }

    public SearchResults search(String typed) {
        SearchQuery query = SearchQuery.of(typed);
        if (query.text().isEmpty()) {
            return SearchResults.of("", Status.EMPTY, false);
        }
        if (!query.isSearchable()) {
            return SearchResults.of(query.text(), Status.NOTHING_SEARCHABLE, query.truncated());
        }
        try {
            Lookups lookups = lookups();
            SearchIndex.Page page = index.search(query.toLucene(LocalDate.now(clock.withZone(zone)), lookups.sites()),
                    MAX_RESULTS);
            Map<String, String> domains = lookups.domains();
            List<SearchHit> hits = new ArrayList<>();
            for (SearchIndex.Hit hit : page.hits()) {
                hits.add(toHit(hit, query, domains));
            }
            return new SearchResults(query.text(), hits.isEmpty() ? Status.NOT_FOUND : Status.FOUND,
                    query.truncated(), page.total(), page.atLeast(), hits);
        } catch (SearchUnavailableException e) {
            return fromStore(query);
        }
    }

    private static SearchHit toHit(SearchIndex.Hit hit, SearchQuery query, Map<String, String> domains) {
        boolean notice = SearchDocuments.TYPE_NOTICE.equals(hit.get(SearchDocuments.TYPE));
        String group = notice ? hit.get(SearchDocuments.GROUP)
                : domains.getOrDefault(hit.get(SearchDocuments.GROUP), "");
        Set<String> terms = query.highlightTerms();
        Highlighted title = Highlighter.highlight(hit.get(SearchDocuments.NAME), terms);
        if (!title.hasMatches() && !query.initials().isEmpty()) {
            title = Highlighter.highlightInitials(hit.get(SearchDocuments.NAME), query.initials());
        }
        Highlighted snippet = Highlighter.snippet(hit.get(SearchDocuments.SNIPPET), terms, SNIPPET_LENGTH);
        String number = hit.get(SearchDocuments.DOCUMENT_NO);
        if (!snippet.hasMatches() && !number.isEmpty()) {
            Highlighted numbered = Highlighter.highlight(number, terms);
            snippet = numbered.hasMatches() ? numbered : snippet;
        }
        return new SearchHit(notice ? Target.NOTICE : Target.ITEM, hit.get(SearchDocuments.ID),
                hit.get(SearchDocuments.KIND), group, title, snippet);
    }

    /** Domain names by code and the sites whose notices this kiosk shows. */
    private record Lookups(Map<String, String> domains, List<String> sites) {
    }

    private Lookups lookups() {
        try {
            return database.inTransaction(c -> new Lookups(store.domainNames(c), store.siteChain(c, siteCode)));
        } catch (StoreException e) {
            LOG.warn("could not read domain names and sites for search results: {}", e.getMessage());
            return new Lookups(Map.of(), List.of(siteCode));
        }
    }

    /** While the index is being built: items whose name contains the text as typed, 简 or 繁 folded to 简. */
    private SearchResults fromStore(SearchQuery query) {
        try {
            String simplified = ChineseText.toSimplified(query.text());
            Set<String> terms = query.highlightTerms();
            return database.inTransaction(c -> {
                Map<String, String> domains = store.domainNames(c);
                List<SearchHit> hits = new ArrayList<>();
                for (SearchStore.ItemRow row : store.likeNames(c, query.text(), simplified, MAX_RESULTS)) {
                    hits.add(new SearchHit(Target.ITEM, row.id(), row.kind(), domains.getOrDefault(row.domainCode(), ""),
                            Highlighter.highlight(row.name(), terms), Highlighted.plain("")));
                }
                return new SearchResults(query.text(), Status.PREPARING, query.truncated(), hits.size(), false, hits);
            });
        } catch (StoreException e) {
            LOG.error("search fallback on the store failed: {}", e.getMessage());
            return SearchResults.of(query.text(), Status.PREPARING, query.truncated());
        }
    }

    /** Counts one opening of an item (call it from the item screen). Never fails the caller. */
    public void recordView(String itemId) {
        try {
            database.useTransaction(c -> store.countView(c, itemId));
        } catch (StoreException e) {
            LOG.warn("could not count a view of item {}: {}", itemId, e.getMessage());
        }
    }

    /** Items to suggest when nothing was found: the most viewed, else the first of the largest domains. */
    public List<SearchStore.PopularItem> popularItems(int limit) {
        try {
            return database.inTransaction(c -> {
                List<SearchStore.PopularItem> popular = new ArrayList<>(store.popularItems(c, MIN_VIEWS_TO_SUGGEST, limit));
                if (popular.size() < limit) {
                    for (SearchStore.PopularItem pick : store.firstItemsOfLargestDomains(c, limit)) {
                        if (popular.size() < limit && popular.stream().noneMatch(p -> p.id().equals(pick.id()))) {
                            popular.add(pick);
                        }
                    }
                }
                return popular;
            });
        } catch (StoreException e) {
            LOG.warn("could not read popular items: {}", e.getMessage());
            return List.of();
        }
    }

    /** Whether results come from the index (false while it is being prepared). */
    public boolean isIndexReady() {
        return index.isSearchable();
    }
}
