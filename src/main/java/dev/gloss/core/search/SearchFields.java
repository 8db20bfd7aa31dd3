package dev.gloss.core.search;

import java.util.List;

/** The fields of a section's document in the index. */
final class SearchFields {
    static final String ARTICLE_ID = "articleId";
    static final String SECTION_ID = "sectionId";
    static final String TOPIC = "topic";
    static final String ARTICLE_TITLE = "articleTitle";
    static final String SECTION_TITLE = "sectionTitle";
    static final String BODY = "body";
    /** Every word of the section, unstemmed: for prefixes and spelling suggestions. */
    static final String WORDS = "words";
    /** What a hit shows (ids, titles, the text for its snippet), uncompressed for fast reading. */
    static final String HIT = "hit";

    /** A searched field and how much a match in it weighs. */
    record Weighted(String field, float boost) {
    }

    /** A word in a section's title says more about the section than the same word in its text. */
    static final List<Weighted> TEXT = List.of(
            new Weighted(SECTION_TITLE, 3f),
            new Weighted(ARTICLE_TITLE, 1.5f),
            new Weighted(BODY, 1f));

    private SearchFields() {
    }
}
