package dev.gloss.core.search;

/**
 * One section found. {@code sectionTitle} is empty for an article's untitled introduction.
 * {@code allWords} is false for the any-word hits that follow the all-word ones; scores compare
 * only within each group. {@code highlight} marks the query's words in any text, such as the
 * whole section once it is opened.
 */
public record SearchHit(String articleId, String articleTitle, String sectionId, String sectionTitle,
                        float score, Snippet snippet, boolean allWords, Highlight highlight) {
}
