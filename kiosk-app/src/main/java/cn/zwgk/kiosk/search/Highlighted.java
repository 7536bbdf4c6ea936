package cn.zwgk.kiosk.search;

import java.util.List;

/**
 * Plain text with the ranges that matched the query, for the view to render as text and marks (never
 * as HTML).
 *
 * @param text   the text as shown
 * @param ranges matched ranges in {@code text}, sorted, not overlapping
 */
public record Highlighted(String text, List<Range> ranges) {

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the text. */
    public record Range(int start, int end) {
    }

    public Highlighted {
        ranges = List.copyOf(ranges);
    }

    public static Highlighted plain(String text) {
        return new Highlighted(text == null ? "" : text, List.of());
    }

    public boolean hasMatches() {
        return !ranges.isEmpty();
    }
}
