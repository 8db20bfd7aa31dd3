package dev.gloss.core.search;

import java.util.Objects;
import java.util.Optional;

/**
 * A search: the text a person typed, where to look, how many hits to return, whether the last
 * word is still being typed (then "osteo" also finds "osteocalcin"), how to order the hits, and
 * the article being read, which {@code in:} in the text means.
 */
public record SearchRequest(String text, Scope scope, int limit, boolean lastWordIsPrefix, Order order,
                            Optional<String> here) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 1000;

    /** How hits are ordered: best first, or newest first (articles without a date after those with one). */
    public enum Order { RELEVANCE, NEWEST }

    public SearchRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(here, "here");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    public SearchRequest(String text, Scope scope, int limit, boolean lastWordIsPrefix) {
        this(text, scope, limit, lastWordIsPrefix, Order.RELEVANCE, Optional.empty());
    }

    /** A search of the whole library as the search field sends it while someone types. */
    public static SearchRequest typing(String text) {
        return new SearchRequest(text, Scope.library(), DEFAULT_LIMIT, true);
    }

    public SearchRequest withScope(Scope newScope) {
        return new SearchRequest(text, newScope, limit, lastWordIsPrefix, order, here);
    }

    public SearchRequest withOrder(Order newOrder) {
        return new SearchRequest(text, scope, limit, lastWordIsPrefix, newOrder, here);
    }

    /** The article being read, for {@code in:}. */
    public SearchRequest withHere(String articleId) {
        return new SearchRequest(text, scope, limit, lastWordIsPrefix, order, Optional.ofNullable(articleId));
    }
}
