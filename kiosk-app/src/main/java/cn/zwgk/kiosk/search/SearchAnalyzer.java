package cn.zwgk.kiosk.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import java.util.Set;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Chinese without word segmentation: StandardTokenizer (one token per Han character; emoji dropped) → CJKWidthFilter →
 * LowerCaseFilter → ICU Traditional→Simplified ({@link ToSimplifiedFilter}) → CJKBigramFilter. Word segmenters missed 简繁 pairs;
 * bigrams over converted text find 社会保险 ⇄ 社會保險 in both directions with no spaces needed.
 *
 * <p>The index side also keeps every single character ({@link #forIndex()}), so one-character queries
 * and lone characters inside a query (e.g. 号 in 12号) still find their documents; the query side emits
 * bigrams only, at consecutive positions, so phrase queries over the index's bigrams work.
 */
final class SearchAnalyzer extends Analyzer {
    /** Keeps phrases from matching across two values of one field (e.g. name and content). */
    private static final int GAP_BETWEEN_VALUES = 100;

    private final boolean unigrams;

    private SearchAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    static SearchAnalyzer forIndex() {
        return new SearchAnalyzer(true);
    }

    static SearchAnalyzer forQuery() {
        return new SearchAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        // Emoji carry no meaning for a catalogue search; dropped, "低保😀" searches 低保.
        TokenStream stream = new TypeTokenFilter(tokenizer, Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI]));
        stream = new CJKWidthFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new ToSimplifiedFilter(stream);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }
}
