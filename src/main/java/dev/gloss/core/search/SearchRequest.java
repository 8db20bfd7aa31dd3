package dev.gloss.core.search;

import java.util.Objects;

/**
 * A search: the text a person typed, where to look, how many hits to return, and whether the
 * last word is still being typed (then "osteo" also finds "osteocalcin").
 */
public record SearchRequest(String text, Scope scope, int limit, boolean lastWordIsPrefix) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1000;

    public SearchRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scope, "scope");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    /** A search of the whole library as the search field sends it while someone types. */
    public static SearchRequest typing(String text) {
        return new SearchRequest(text, Scope.library(), DEFAULT_LIMIT, true);
    }

    public SearchRequest withScope(Scope newScope) {
        return new SearchRequest(text, newScope, limit, lastWordIsPrefix);
    }

    public SearchRequest withLimit(int newLimit) {
        return new SearchRequest(text, scope, newLimit, lastWordIsPrefix);
    }

    public SearchRequest withLastWordIsPrefix(boolean prefix) {
        return new SearchRequest(text, scope, limit, prefix);
    }
}
