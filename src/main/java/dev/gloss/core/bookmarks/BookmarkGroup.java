package dev.gloss.core.bookmarks;

import java.util.List;

/** The bookmarks of one article, as the panel and the Markdown export show them. */
public record BookmarkGroup(String articleId, String articleTitle, List<ResolvedBookmark> bookmarks) {

    public BookmarkGroup {
        bookmarks = List.copyOf(bookmarks);
    }
}
