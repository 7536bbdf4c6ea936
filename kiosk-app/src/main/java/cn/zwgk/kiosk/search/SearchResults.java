package cn.zwgk.kiosk.search;

import java.util.List;

/**
 * The answer to one search.
 *
 * @param query     the text searched (cleaned; cut to {@link SearchQuery#MAX_LENGTH} characters)
 * @param status    what the screen should say
 * @param truncated whether the typed text was too long and only its beginning was searched
 * @param total     how many results there are in all (a lower bound when {@code atLeast})
 * @param atLeast   whether counting stopped early
 * @param hits      the best results, best first
 */
public record SearchResults(String query, Status status, boolean truncated, long total, boolean atLeast,
        List<SearchHit> hits) {

    /** The situations the search screen distinguishes. */
    public enum Status {
        /** Nothing typed yet. */
        EMPTY,
        /** Only emoji, punctuation or symbols: nothing that can be searched. */
        NOTHING_SEARCHABLE,
        FOUND,
        NOT_FOUND,
        /** The index is being built: these are name matches straight from the store, possibly incomplete. */
        PREPARING
    }

    public SearchResults {
        hits = List.copyOf(hits);
    }

    static SearchResults of(String query, Status status, boolean truncated) {
        return new SearchResults(query, status, truncated, 0, false, List.of());
    }
}
