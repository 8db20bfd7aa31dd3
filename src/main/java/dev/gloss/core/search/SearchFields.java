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
     * A section's words to search: its text, then its title, its article's title and its
     * article's metadata, as values of one field. The text comes first, so offsets into this field
     * are offsets into the text.
     */
    static final String TEXT = "text";
    /** The article's description, tags and author, on its first section only: they weigh there. */
    static final String META = "meta";
    /**
     * The title a person would type to find this section: its heading. Known items are looked up
     * here and in {@link #KNOWN_ARTICLE}.
     */
    static final String KNOWN = "known";
    /** The article's title, on its first section: a known item that comes before a heading of the same words. */
    static final String KNOWN_ARTICLE = "knownArticle";
    /** The article's author, as words (for {@code author:}). */
    static final String AUTHOR = "author";
    /** Each of the article's tags, lowercase, spaces and underscores as hyphens (for {@code tag:}). */
    static final String TAG = "tag";
    /** The language code the text was read in. */
    static final String LANGUAGE = "language";
    /** The article's date as days since 1970, when it has one: for sorting by date. */
    static final String PUBLISHED = "published";
    /** Titles, headings and the words they start with, for completion as one types. */
    static final String COMPLETION = "completion";
    /** Every word of the section, unstemmed: for prefixes and spelling suggestions. */
    static final String WORDS = "words";
    /** What a hit shows (ids, titles, the text for its snippet), uncompressed for fast reading. */
    static final String HIT = "hit";

    /** A searched field and how much a match in it weighs. */
    record Weighted(String field, float boost) {
    }

    /**
     * A word in a section's title, or in its article's description, tags or author, says more
     * about the section than the same word in its text: a match there adds to the score of the
     * match in {@link #TEXT}.
     */
    static final List<Weighted> TITLES = List.of(
            new Weighted(SECTION_TITLE, 2f),
            new Weighted(ARTICLE_TITLE, 1f),
            new Weighted(META, 2f));

    private SearchFields() {
    }
}
