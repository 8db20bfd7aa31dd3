package dev.gloss.core.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one request. It carries the request, so a window that searches as someone types
 * can drop an answer that arrives after a newer request was sent. {@code didYouMean} is the text
 * with misspelt words corrected from the index's own words ("osteocalsin" to "osteocalcin").
 * {@code phrase} says that the text holds a phrase: then the hits without every word are its
 * looser matches, which {@link #looseHeading()} names.
 */
public record SearchResult(SearchRequest request, List<SearchHit> hits, Optional<String> didYouMean, boolean phrase) {

    public SearchResult {
        Objects.requireNonNull(request, "request");
        hits = List.copyOf(hits);
        Objects.requireNonNull(didYouMean, "didYouMean");
    }

    public SearchResult(SearchRequest request, List<SearchHit> hits, Optional<String> didYouMean) {
        this(request, hits, didYouMean, false);
    }

    static SearchResult empty(SearchRequest request) {
        return new SearchResult(request, List.of(), Optional.empty(), false);
    }

    /** Whether this answers {@code other}: the window drops answers to older requests. */
    public boolean answers(SearchRequest other) {
        return request.equals(other);
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    /** The heading over the hits that lack a word or the exact phrase, in the window as on the command line. */
    public String looseHeading() {
        return phrase ? "Looser matches: the words, not the exact phrase" : "Sections with some of the words";
    }

    /** The number of hits above that heading. */
    public int exactCount() {
        return (int) hits.stream().filter(SearchHit::allWords).count();
    }
}
