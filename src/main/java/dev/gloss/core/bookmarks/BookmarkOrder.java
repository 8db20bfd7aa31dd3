package dev.gloss.core.bookmarks;

/** How the bookmarks panel orders bookmarks within and across article groups. */
public enum BookmarkOrder {
    /** The most recently made first; the group of the newest bookmark comes first. */
    NEWEST_FIRST,
    /** As the library reads: articles in order, sections in order, passages by position; detached last. */
    READING_ORDER
}
