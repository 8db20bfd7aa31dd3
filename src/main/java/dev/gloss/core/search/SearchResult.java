package dev.gloss.core.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one request. It carries the request, so a window that searches as someone types
 * can drop an answer that arrives after a newer request was sent. {@code didYouMean} is the text
 * with misspelt words corrected from the index's own words ("osteocalsin" to "osteocalcin").
 */
public record SearchResult(SearchRequest request, List<SearchHit> hits, Optional<String> didYouMean) {

    public SearchResult {
        Objects.requireNonNull(request, "request");
        hits = List.copyOf(hits);
        Objects.requireNonNull(didYouMean, "didYouMean");
    }

    static SearchResult empty(SearchRequest request) {
        return new SearchResult(request, List.of(), Optional.empty());
    }

    /** Whether this answers {@code other}: the window drops answers to older requests. */
    public boolean answers(SearchRequest other) {
        return request.equals(other);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }
}
