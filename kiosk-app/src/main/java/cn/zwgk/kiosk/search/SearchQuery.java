package cn.zwgk.kiosk.search;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What a resident typed, cleaned and turned into a Lucene query. The query is built from analyzed
 * tokens (never parsed), so no input can be query syntax: quotes, {@code OR}, {@code *} or SQL are
 * plain text here.
 *
 * <p>Ranking: an exact name (简 or 繁) first, then names starting with the query, then names containing
 * it as a phrase, then pinyin initials (the whole name's, then a name's beginning), then everything else
 * by BM25.
 *
 * @param text      the query as searched: stripped of control characters, at most {@link #MAX_LENGTH}
 * @param truncated whether the input was longer than {@link #MAX_LENGTH} and cut
 * @param terms     the analyzed query terms (bigrams, lone characters, words), used for highlighting
 * @param initials  the query as lower-case pinyin initials, or empty when it is not letters only
 */
record SearchQuery(String text, boolean truncated, List<String> terms, String initials) {
    static final int MAX_LENGTH = 100;

    private static final SearchAnalyzer QUERY_ANALYZER = SearchAnalyzer.forQuery();
    private static final float EXACT_NAME = 1000f;
    private static final float NAME_PREFIX = 300f;
    private static final float INITIALS_EXACT = 250f;
    private static final float INITIALS_PREFIX = 200f;
    private static final float NAME_PHRASE = 100f;
    private static final float ALL_PHRASE = 20f;

    static SearchQuery of(String raw) {
        String cleaned = raw == null ? "" : raw.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().strip();
        boolean truncated = cleaned.codePointCount(0, cleaned.length()) > MAX_LENGTH;
        if (truncated) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        List<String> terms = Tokens.of(QUERY_ANALYZER, SearchDocuments.ALL, cleaned).terms();
        String compact = cleaned.replaceAll("\\s+", "");
        String initials = !compact.isEmpty() && PinyinInitials.looksLikeInitials(compact)
                ? compact.toLowerCase(java.util.Locale.ROOT) : "";
        return new SearchQuery(cleaned, truncated, terms, initials);
    }

    /** Whether there is anything to search for (emoji or punctuation alone are not). */
    boolean isSearchable() {
        return !terms.isEmpty() || !initials.isEmpty();
    }

    /** The Lucene query; notices count only if of one of {@code sites} and on {@code today} within their period. */
    Query toLucene(LocalDate today, java.util.Collection<String> sites) {
        BooleanQuery.Builder matches = new BooleanQuery.Builder();
        if (!terms.isEmpty()) {
            matches.add(allTerms(SearchDocuments.ALL), Occur.SHOULD);
        }
        if (!initials.isEmpty()) {
            matches.add(new ConstantScoreQuery(new PrefixQuery(new Term(SearchDocuments.INITIALS_SUFFIX, initials))),
                    Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(matches.setMinimumNumberShouldMatch(1).build(), Occur.MUST)
                .add(visibleOn(today, sites), Occur.FILTER);
        String key = ChineseText.key(text);
        if (!key.isEmpty()) {
            query.add(constant(new TermQuery(new Term(SearchDocuments.NAME_KEY, key)), EXACT_NAME), Occur.SHOULD);
            query.add(constant(new PrefixQuery(new Term(SearchDocuments.NAME_KEY, key)), NAME_PREFIX), Occur.SHOULD);
        }
        if (!terms.isEmpty()) {
            query.add(constant(phrase(SearchDocuments.NAME), NAME_PHRASE), Occur.SHOULD);
            query.add(constant(phrase(SearchDocuments.ALL), ALL_PHRASE), Occur.SHOULD);
        }
        if (!initials.isEmpty()) {
            query.add(constant(new TermQuery(new Term(SearchDocuments.INITIALS, initials)), INITIALS_EXACT),
                    Occur.SHOULD);
            query.add(constant(new PrefixQuery(new Term(SearchDocuments.INITIALS, initials)), INITIALS_PREFIX),
                    Occur.SHOULD);
        }
        return query.build();
    }

    /** The terms to mark in result text. */
    Set<String> highlightTerms() {
        return new LinkedHashSet<>(terms);
    }

    private Query allTerms(String field) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : new LinkedHashSet<>(terms)) {
            all.add(new TermQuery(new Term(field, term)), Occur.MUST);
        }
        return all.build();
    }

    private Query phrase(String field) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.getFirst()));
        }
        return new PhraseQuery(field, terms.toArray(String[]::new));
    }

    private static Query constant(Query query, float score) {
        return new BoostQuery(new ConstantScoreQuery(query), score);
    }

    private static Query visibleOn(LocalDate today, java.util.Collection<String> sites) {
        long day = today.toEpochDay();
        Query visibleNotice = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchDocuments.TYPE, SearchDocuments.TYPE_NOTICE)), Occur.FILTER)
                .add(new org.apache.lucene.search.TermInSetQuery(SearchDocuments.SITE,
                        sites.stream().map(org.apache.lucene.util.BytesRef::new).toList()), Occur.FILTER)
                .add(LongPoint.newRangeQuery(SearchDocuments.VISIBLE_FROM, Long.MIN_VALUE, day), Occur.FILTER)
                .add(LongPoint.newRangeQuery(SearchDocuments.VISIBLE_TO, day, Long.MAX_VALUE), Occur.FILTER)
                .build();
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchDocuments.TYPE, SearchDocuments.TYPE_ITEM)), Occur.SHOULD)
                .add(visibleNotice, Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }
}
