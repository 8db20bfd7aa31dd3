package dev.gloss.core.search;

import java.util.List;

/** The fields of a section's document in the index. */
final class SearchFields {
    static final String ARTICLE_ID = "articleId";
    static final String SECTION_ID = "sectionId";
    static final String TOPIC = "topic";
    static final String ARTICLE_TITLE = "articleTitle";
    static final String SECTION_TITLE = "sectionTitle";
    /**
     * A section's words to search: its text, then its title and its article's title, as three
     * values of one field. The text comes first, so offsets into this field are offsets into
     * the text.
     */
    static final String TEXT = "text";
    /** Every word of the section, unstemmed: for prefixes and spelling suggestions. */
    static final String WORDS = "words";
    /** What a hit shows (ids, titles, the text for its snippet), uncompressed for fast reading. */
    static final String HIT = "hit";

    /** A searched field and how much a match in it weighs. */
    record Weighted(String field, float boost) {
    }

    /**
     * A word in a section's title says more about the section than the same word in its text:
     * a match in a title adds to the score of the match in {@link #TEXT}.
     */
    static final List<Weighted> TITLES = List.of(
            new Weighted(SECTION_TITLE, 2f),
            new Weighted(ARTICLE_TITLE, 1f));

    private SearchFields() {
    }
}
