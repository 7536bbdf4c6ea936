package cn.zwgk.kiosk.search;

import cn.zwgk.kiosk.search.Highlighted.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds where a query matched in a text, by analyzing the text the way the index does (so 社會保險 in
 * the text is marked for the query 社会保险), and cuts long texts to a snippet around the first match.
 */
final class Highlighter {
    private static final SearchAnalyzer INDEX_ANALYZER = SearchAnalyzer.forIndex();
    /** Characters shown before the first match in a snippet. */
    private static final int LEAD = 12;

    private Highlighter() {
    }

    static Highlighted highlight(String text, Set<String> terms) {
        if (text == null || text.isEmpty() || terms.isEmpty()) {
            return Highlighted.plain(text);
        }
        List<Range> ranges = new ArrayList<>();
        for (Tokens.Token token : Tokens.of(INDEX_ANALYZER, SearchDocuments.ALL, text).list()) {
            if (terms.contains(token.term())) {
                ranges.add(new Range(token.start(), token.end()));
            }
        }
        return new Highlighted(text, merge(ranges));
    }

    /** Marks the characters of {@code name} whose pinyin initials spell {@code initials}. */
    static Highlighted highlightInitials(String name, String initials) {
        PinyinInitials letters = PinyinInitials.of(name);
        int at = letters.letters().indexOf(initials);
        if (initials.isEmpty() || at < 0) {
            return Highlighted.plain(name);
        }
        List<Range> ranges = new ArrayList<>();
        for (int i = at; i < at + initials.length(); i++) {
            int c = letters.sourceIndex()[i];
            ranges.add(new Range(c, c + 1));
        }
        return new Highlighted(name, merge(ranges));
    }

    /**
     * At most {@code length} characters of {@code text}, starting a little before its first match, with
     * "…" where it was cut.
     */
    static Highlighted snippet(String text, Set<String> terms, int length) {
        Highlighted full = highlight(text, terms);
        String source = full.text();
        int first = full.hasMatches() ? full.ranges().getFirst().start() : 0;
        int start = Math.max(0, first - LEAD);
        if (source.length() - start < length) {
            start = Math.max(0, source.length() - length);
        }
        start = avoidSplit(source, start);
        int end = avoidSplit(source, Math.min(source.length(), start + length));
        String prefix = start > 0 ? "…" : "";
        String suffix = end < source.length() ? "…" : "";
        List<Range> shifted = new ArrayList<>();
        for (Range r : full.ranges()) {
            int s = Math.max(r.start(), start);
            int e = Math.min(r.end(), end);
            if (s < e) {
                shifted.add(new Range(s - start + prefix.length(), e - start + prefix.length()));
            }
        }
        return new Highlighted(prefix + source.substring(start, end) + suffix, shifted);
    }

    private static int avoidSplit(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }

    private static List<Range> merge(List<Range> ranges) {
        ranges.sort(Comparator.comparingInt(Range::start));
        List<Range> merged = new ArrayList<>();
        for (Range r : ranges) {
            if (!merged.isEmpty() && r.start() <= merged.getLast().end()) {
                Range last = merged.removeLast();
                merged.add(new Range(last.start(), Math.max(last.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }
}
