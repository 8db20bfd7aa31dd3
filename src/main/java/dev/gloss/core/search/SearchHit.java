package dev.gloss.core.search;

import java.util.Optional;

/**
 * One section found. {@code sectionTitle} is empty for an article's untitled introduction.
 * {@code allWords} is false for the any-word hits that follow the all-word ones (for a phrase,
 * its looser matches); scores compare only within each group. {@code highlight} marks the query's
 * words in any text, such as the whole section once it is opened. {@code published} is the
 * article's date as its source gives it, when it has one.
 */
public record SearchHit(String articleId, String articleTitle, String sectionId, String sectionTitle,
                        float score, Snippet snippet, boolean allWords, Highlight highlight,
                        Optional<String> published) {
}
